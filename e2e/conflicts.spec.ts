import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';
import type { MapPage } from './pages/MapPage.ts';

/** Renames a stage through its "Rename stage …" control. */
async function renameStage(map: MapPage, from: string, to: string): Promise<void> {
  await map.page.getByRole('button', { name: `Rename stage ${from}`, exact: true }).click();
  await expect(map.stageNameInput).toBeFocused();
  await map.stageNameInput.fill(to);
  await map.stageNameInput.press('Enter');
  await expect(map.stage(to)).toBeVisible();
}

const notices = (actor: Actor) =>
  actor.page.getByRole('region', { name: 'Edits of yours that were replaced', exact: true });

test('an edit replaced by a concurrent one is told to its author, who can set it again', async ({
  alice,
  bob,
}) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Conflicts'));
  await alice.map.expectConnected();
  await bob.join(alice);
  await expect(alice.map.presence(2)).toBeVisible();

  await test.step('alice renames a stage offline while bob renames it online', async () => {
    await alice.context.setOffline(true);
    await expect(alice.map.status).toHaveText('Offline');
    await renameStage(alice.map, 'Use', 'Adopt (Alice)');
    await renameStage(bob.map, 'Use', 'Adopt (Bob)');
    // Renaming opened the stage's panel: closed, so that nothing stands over the canvas.
    for (const actor of [alice, bob])
      await actor.page.getByRole('button', { name: 'Close panel', exact: true }).click();
    await alice.context.setOffline(false);
    await alice.map.expectConnected();
  });

  // One value stands everywhere (Yjs picks it by a fixed order); its author is told nothing.
  let loser: Actor = alice;
  let winner: Actor = bob;
  await test.step('one name wins for both; the other author is told, with what they typed', async () => {
    const shown = async (actor: Actor) => {
      const a = await actor.map.stage('Adopt (Alice)').count();
      const b = await actor.map.stage('Adopt (Bob)').count();
      return a + b === 1 ? (a ? 'Adopt (Alice)' : 'Adopt (Bob)') : null;
    };
    let stood: string | null = null;
    await expect(async () => {
      stood = await shown(alice);
      expect(stood).not.toBeNull();
      expect(await shown(bob)).toBe(stood);
    }).toPass();
    [winner, loser] = stood === 'Adopt (Bob)' ? [bob, alice] : [alice, bob];
    const mine = loser === alice ? 'Adopt (Alice)' : 'Adopt (Bob)';

    const notice = notices(loser).getByRole('alert');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('changed the name of stage');
    await expect(notice).toContainText(`Yours“${mine}”`);
    await expect(notice).toContainText(`Now“${stood}”`);
    await expect(notices(winner)).toHaveCount(0);

    // One click sets it again, for both.
    await loser.page.screenshot({ path: test.info().outputPath('overwritten.png') });
    await notice.getByRole('button', { name: 'Use mine', exact: true }).click();
    await expect(notices(loser)).toHaveCount(0);
    for (const actor of [alice, bob]) await expect(actor.map.stage(mine)).toBeVisible();
    await expect(notices(winner)).toHaveCount(0);
  });
});
