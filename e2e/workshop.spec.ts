import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';
import { DotVote } from './pages/DotVote.ts';
import { PresenceBar } from './pages/PresenceBar.ts';
import { Workshop } from './pages/Workshop.ts';

const STAGES = ['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Support', 'Loyalty'];

async function ecommerceMap(alice: Actor, base: string): Promise<string> {
  const title = uniqueTitle(base);
  await alice.home.goto();
  await alice.home.createMap(title, 'E-commerce first purchase');
  await alice.map.expectConnected();
  await alice.map.expectStageOrder(STAGES);
  return title;
}

test('participants follow the presenter stage by stage; a late joiner lands in place', async ({
  alice,
  bob,
  newActor,
}) => {
  await ecommerceMap(alice, 'Workshop present');
  await bob.join(alice);
  const facilitator = new Workshop(alice.page);
  const participant = new Workshop(bob.page);
  const presenter = await facilitator.displayName();

  await test.step('alice presents: her toolbar gives way to the presenter controls', async () => {
    await facilitator.present(STAGES.length, 'Awareness');
    await expect(alice.map.toolbar).toBeHidden();
    await expect(facilitator.previousStage).toBeDisabled();
    await expect(participant.following(presenter, 'Awareness')).toBeVisible();
    await expect(participant.presentButton).toBeVisible();
    await expect(participant.controls).toHaveCount(0);
    await participant.expectSpotlight('Awareness', STAGES.length);
    await participant.camera.expectSameViewAs(facilitator.camera);
  });

  await test.step('she steps to stage 2 with the button: bob’s view follows', async () => {
    const before = await participant.camera.settledTransform();
    await facilitator.nextStage.click();
    await expect(facilitator.stageIndicator(2, STAGES.length, 'Consideration')).toBeVisible();
    await expect(participant.following(presenter, 'Consideration')).toBeVisible();
    await participant.expectSpotlight('Consideration', STAGES.length);
    await participant.camera.expectSameViewAs(facilitator.camera);
    expect(await participant.camera.settledTransform()).not.toEqual(before);
    await expect(bob.map.stage('Consideration')).toBeInViewport({ ratio: 0.9 });
  });

  await test.step('and to stage 3 with the arrow key', async () => {
    const before = await participant.camera.settledTransform();
    await alice.page.keyboard.press('ArrowRight');
    await expect(facilitator.stageIndicator(3, STAGES.length, 'Purchase')).toBeVisible();
    await expect(participant.following(presenter, 'Purchase')).toBeVisible();
    await participant.expectSpotlight('Purchase', STAGES.length);
    await participant.camera.expectSameViewAs(facilitator.camera);
    expect(await participant.camera.settledTransform()).not.toEqual(before);
    await expect(bob.map.stage('Purchase')).toBeInViewport({ ratio: 0.9 });
  });

  const carol = await newActor('carol');
  const lateJoiner = new Workshop(carol.page);
  await test.step('carol opens the map late and lands on stage 3 with the others', async () => {
    await carol.join(alice);
    await expect(lateJoiner.following(presenter, 'Purchase')).toBeVisible();
    await lateJoiner.expectSpotlight('Purchase', STAGES.length);
    // Soft, so that the rest of the session is still checked when this fails (the test fails).
    await lateJoiner.camera.expectSameViewAs(facilitator.camera, { soft: true });
    await lateJoiner.camera.expectSameViewAs(participant.camera, { soft: true });
    await expect(carol.map.stage('Purchase')).toBeInViewport({ ratio: 0.9 });
  });

  let away = await participant.camera.settledTransform();
  await test.step('bob zooms with the wheel: he steps away and is not moved', async () => {
    await participant.camera.wheel(-300);
    await expect(participant.steppedAway(presenter)).toBeVisible();
    await expect(participant.rejoin).toBeVisible();
    await participant.expectNoSpotlight();
    away = await participant.camera.settledTransform();

    await facilitator.nextStage.click();
    await expect(facilitator.stageIndicator(4, STAGES.length, 'Delivery')).toBeVisible();
    // Carol still follows, so the step has reached the others before bob's view is checked.
    await expect(lateJoiner.following(presenter, 'Delivery')).toBeVisible();
    await lateJoiner.camera.expectSameViewAs(facilitator.camera);
    await expect(participant.steppedAway(presenter)).toBeVisible();
    expect(await participant.camera.settledTransform()).toEqual(away);
    await participant.expectNoSpotlight();
  });

  await test.step('"Rejoin" brings him back to the presenter’s stage', async () => {
    await participant.rejoin.click();
    await expect(participant.following(presenter, 'Delivery')).toBeVisible();
    await participant.expectSpotlight('Delivery', STAGES.length);
    await participant.camera.expectSameViewAs(facilitator.camera);
    expect(await participant.camera.settledTransform()).not.toEqual(away);
  });

  await test.step('"Stop following" in the banner steps away too', async () => {
    await participant.stopFollowing.click();
    await expect(participant.steppedAway(presenter)).toBeVisible();
    await participant.rejoin.click();
    await expect(participant.following(presenter, 'Delivery')).toBeVisible();
  });

  await test.step('a one-minute timer shows for everyone', async () => {
    await facilitator.timerMinutes.selectOption({ label: '1 min' });
    await facilitator.startTimer.click();
    await expect(facilitator.timer).toHaveAccessibleName(/^Time left (1:00|0:[0-5]\d)$/);
    await expect(participant.timer).toBeVisible();
    await expect(participant.timer).toHaveAccessibleName(/^Time left (1:00|0:[0-5]\d)$/);
    await expect(lateJoiner.timer).toHaveAccessibleName(/^Time left (1:00|0:[0-5]\d)$/);
    await facilitator.stopTimer.click();
    await expect(facilitator.startTimer).toBeVisible();
    await expect(participant.timer).toHaveCount(0);
  });

  await test.step('"Start a vote" opens the dot vote dialog', async () => {
    const vote = new DotVote(alice.page);
    await facilitator.startVote.click();
    await expect(vote.dialog).toBeVisible();
    await vote.dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(vote.dialog).toBeHidden();
  });

  await test.step('stopping the presentation releases everyone', async () => {
    await facilitator.stopPresenting.click();
    await expect(facilitator.controls).toHaveCount(0);
    await expect(alice.map.toolbar).toBeVisible();
    await expect(participant.anyBanner).toHaveCount(0);
    await expect(lateJoiner.anyBanner).toHaveCount(0);
    await participant.expectNoSpotlight();
    await lateJoiner.expectNoSpotlight();
  });
});

// The ballot: the template's pain points this round is decided on (all in the middle of the map,
// clear of the vote panel at the bottom left).
const SHIPPING = 'Shipping cost shown only at the last step';
const WINDOW = 'No delivery time window';
const CHATBOT = 'Chat bot loops without a human';
const SIZE = 'Size guide is hard to find';
const PAIN_POINTS = 7;

test('a dot vote round: limited, private until revealed, counted right, kept on reload', async ({
  alice,
  bob,
  newGuest,
}) => {
  const title = await ecommerceMap(alice, 'Workshop vote');
  const facilitator = new DotVote(alice.page);
  const member = new DotVote(bob.page);
  let commenterUrl = '';
  let viewerUrl = '';

  await test.step('alice shares a commenter link and a viewer link', async () => {
    await alice.map.shareButton.click();
    commenterUrl = await alice.map.shareDialog.createLink('commenter');
    viewerUrl = await alice.map.shareDialog.createLink('viewer');
    await alice.map.shareDialog.close();
  });

  await bob.join(alice);
  const cleo = await newGuest('cleo');
  await cleo.map.joinByLink(commenterUrl, 'Cleo', title);
  const guest = new DotVote(cleo.page);
  const vera = await newGuest('vera');
  await vera.map.joinByLink(viewerUrl, 'Vera', title);
  const viewer = new DotVote(vera.page);

  await test.step('alice starts a vote on the pain points, 3 votes each', async () => {
    await facilitator.toolbarButton.click();
    await expect(facilitator.dialog).toContainText(`${PAIN_POINTS} cards on the ballot`);
    await facilitator.start({
      question: 'Which pain points hurt most?',
      on: 'Pain points',
      perPerson: 3,
    });
    for (const screen of [facilitator, member, guest, viewer]) {
      await expect(screen.section).toContainText('Which pain points hurt most?');
      await expect(screen.tally(0, 0, true)).toBeVisible();
    }
    await expect(member.left(3, 3)).toBeVisible();
    await expect(member.voteButtons).toHaveCount(PAIN_POINTS);
    await expect(guest.voteButtons).toHaveCount(PAIN_POINTS);
    // Only pain points are on the ballot.
    await expect(member.voteFor('Instagram ad')).toHaveCount(0);
  });

  await test.step('a viewer watches but has no votes', async () => {
    await expect(viewer.voteButtons).toHaveCount(0);
    await expect(viewer.section.getByText(/You have \d+ of/)).toHaveCount(0);
    await expect(viewer.revealButton).toHaveCount(0);
  });

  await test.step('bob places his 3 votes; a 4th is refused', async () => {
    await member.vote(SHIPPING, 1);
    await member.vote(SHIPPING, 2);
    await member.vote(SIZE, 1);
    await expect(member.left(0, 3)).toBeVisible();
    await expect(member.voteFor(CHATBOT)).toBeDisabled();
    await expect(member.voteFor(SHIPPING)).toBeDisabled();
    await expect(member.myVotes(SHIPPING, 2)).toBeAttached();
  });

  await test.step('bob takes one back and places it elsewhere', async () => {
    await member.unvote(SIZE, 0);
    await expect(member.left(1, 3)).toBeVisible();
    await expect(member.removeVote(SIZE)).toHaveCount(0);
    await member.vote(CHATBOT, 1);
    await expect(member.left(0, 3)).toBeVisible();
  });

  await test.step('the commenter guest votes too, within her own 3', async () => {
    await expect(guest.left(3, 3)).toBeVisible();
    // Bob's dots are his: none of them shows as hers.
    await expect(guest.myVotes(SHIPPING, 0)).toBeAttached();
    await guest.vote(SHIPPING, 1);
    await guest.vote(WINDOW, 1);
    await guest.vote(WINDOW, 2);
    await expect(guest.left(0, 3)).toBeVisible();
    await expect(guest.voteFor(SIZE)).toBeDisabled();
  });

  await test.step('made-up voter secrets from the console give her no more votes', async () => {
    const answers = await cleo.page.evaluate(
      async ({ mapId, card }) => {
        type YMap = { get(key: string): unknown; forEach(fn: (v: YMap, k: string) => void): void };
        const docs = (
          window as {
            trailmap?: {
              doc: { getMap(n: string): YMap };
              workshopDoc: { getMap(n: string): YMap };
            };
          }
        ).trailmap!;
        const roundId = docs.workshopDoc.getMap('session').get('current') as string;
        let cardId = '';
        docs.doc.getMap('cards').forEach((c, id) => {
          if (c.get('title') === card) cardId = id;
        });
        const joined = JSON.parse(
          localStorage.getItem(`trailmap:participant:${mapId}`) ?? '{}',
        ) as {
          token: string;
        };
        const vote = (participant: string | null) =>
          fetch(`/api/maps/${mapId}/rounds/${roundId}/votes`, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              Authorization: `Bearer ${localStorage.getItem(`trailmap:token:${mapId}`)}`,
              ...(participant ? { 'X-Trailmap-Participant': participant } : {}),
            },
            body: JSON.stringify({ voter: crypto.randomUUID() + crypto.randomUUID(), cardId }),
          }).then((r) => r.status);
        const withSecrets = [];
        for (let i = 0; i < 3; i++) withSecrets.push(await vote(joined.token));
        return { withSecrets, withoutParticipant: await vote(null) };
      },
      { mapId: alice.map.id, card: SIZE },
    );
    // Her participant has no votes left, whatever secret comes with the request; without a
    // participant there is nobody to count the vote for.
    expect(answers).toEqual({ withSecrets: [409, 409, 409], withoutParticipant: 401 });
    await expect(guest.left(0, 3)).toBeVisible();
  });

  await test.step('until revealed, everyone sees only how many voted', async () => {
    for (const screen of [facilitator, member, guest, viewer]) {
      await expect(screen.tally(2, 6, true)).toBeVisible();
      await expect(screen.totals).toHaveCount(0);
      await expect(screen.ranked).toHaveCount(0);
    }
  });

  await test.step('bob reloads: his dots and his count are still his', async () => {
    await bob.map.reload();
    await expect(member.left(0, 3)).toBeVisible();
    await expect(member.myVotes(SHIPPING, 2)).toBeAttached();
    await expect(member.myVotes(CHATBOT, 1)).toBeAttached();
    await expect(member.myVotes(SIZE, 0)).toBeAttached();
    await expect(member.voteFor(WINDOW)).toBeDisabled();
  });

  const ranking: [string, number][] = [
    [SHIPPING, 3],
    [WINDOW, 2],
    [CHATBOT, 1],
  ];
  await test.step('alice reveals: the ranking and the totals on cards, for everyone', async () => {
    await facilitator.revealButton.click();
    for (const screen of [facilitator, member, guest, viewer]) {
      await expect(screen.tally(2, 6, false)).toBeVisible();
      await screen.expectRanking(ranking);
      await expect(screen.ranked.getByRole('listitem')).toHaveCount(PAIN_POINTS);
      await expect(screen.total(SHIPPING, 3)).toBeVisible();
      await expect(screen.total(WINDOW, 2)).toBeVisible();
      await expect(screen.total(CHATBOT, 1)).toBeVisible();
      await expect(screen.total(SIZE, 0)).toBeVisible();
      await expect(screen.totals).toHaveCount(PAIN_POINTS);
      await expect(screen.voteButtons).toHaveCount(0);
    }
    await expect(
      facilitator.ranked.getByRole('button', { name: `Create action for ${SHIPPING}` }),
    ).toBeVisible();
    await expect(guest.ranked.getByRole('button', { name: /^Create action for / })).toHaveCount(0);
    await expect(facilitator.keepAsVersion).toBeVisible();
  });

  await test.step('after a reload the results are the same', async () => {
    await bob.map.reload();
    await expect(member.tally(2, 6, false)).toBeVisible();
    await member.expectRanking(ranking);
    await expect(member.total(SHIPPING, 3)).toBeVisible();
    await expect(member.total(WINDOW, 2)).toBeVisible();
    await expect(member.total(CHATBOT, 1)).toBeVisible();
  });
});

test('a colleague’s name tag keeps off the vote controls his pointer is on', async ({
  alice,
  bob,
}) => {
  await ecommerceMap(alice, 'Tags and votes');
  await bob.join(alice);
  const facilitator = new DotVote(alice.page);
  await facilitator.toolbarButton.click();
  await facilitator.start({ question: 'Which hurts most?', on: 'Pain points', perPerson: 3 });
  const member = new DotVote(bob.page);
  await expect(member.voteFor(SHIPPING)).toBeVisible();
  const bobName = await new PresenceBar(alice.page).onlyPeerName();

  // Bob points at the card's title just left of its vote controls: a tag to the right of his
  // pointer would lie over them.
  const mine = (await member.voteFor(SHIPPING).locator('..').boundingBox())!;
  await bob.page.mouse.move(mine.x - 24, mine.y + mine.height / 2, { steps: 4 });
  const tag = alice.page.locator(`[data-cursor="${bobName}"] > span`);
  await expect(tag).toHaveText(bobName);
  const controls = facilitator.voteFor(SHIPPING).locator('..');
  await expect
    .poll(async () => {
      const [a, b] = [await tag.boundingBox(), await controls.boundingBox()];
      if (!a || !b) return 'not drawn';
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      return apart ? 'apart' : 'overlapping';
    }, 'bob’s name tag and the vote controls on alice’s screen')
    .toBe('apart');
});
