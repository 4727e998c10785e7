import type { TestInfo } from '@playwright/test';
import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';
import { CommentsPanel } from './pages/CommentsPanel.ts';
import { LEGACY, seededMap } from './seed/legacy.ts';

/*
 * The server vouches for who wrote what: comments are written by the server from operations
 * it checked, so a browser that writes the comments document itself changes nothing; while
 * the server is out of reach, comments wait in place and are sent once it is back.
 */

const CARD = 'Instagram ad';
const ANCHOR = `Card ${CARD}`;
const PENDING = 'Pending — will be sent when you’re back online';

/** Alice creates an e-commerce map and a commenter link; returns title and link. */
async function mapWithCommenterLink(alice: Actor): Promise<{ title: string; url: string }> {
  const title = uniqueTitle('Verified comments');
  await alice.home.goto();
  await alice.home.createMap(title, 'E-commerce first purchase');
  await alice.map.expectConnected();
  await alice.map.shareButton.click();
  const url = await alice.map.shareDialog.createLink('commenter');
  await alice.map.shareDialog.close();
  return { title, url };
}

async function openCardComments(actor: Actor, comments: CommentsPanel): Promise<void> {
  await actor.map.card(CARD).click();
  await actor.map.cardPanel.expectCard(CARD);
  await actor.map.cardPanel.root
    .getByRole('button', { name: 'Comments on this card', exact: true })
    .click();
  await expect(comments.root).toBeVisible();
}

async function reply(comments: CommentsPanel, anchor: string, text: string): Promise<void> {
  const thread = comments.thread(anchor);
  await comments.threadButton(thread, 'Reply').click();
  await thread.getByRole('textbox', { name: 'Reply', exact: true }).fill(text);
  await comments.threadButton(thread, 'Reply').click();
}

/** Saves a screenshot of the comments panel with the test's results (and in the report). */
async function shoot(comments: CommentsPanel, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await comments.root.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

test('a commenter edits his own reply, but writing another’s comment into the document changes nothing', async ({
  alice,
  newGuest,
  newActor,
}) => {
  const ALICE_TEXT = 'The ad promises free shipping; checkout charges for it.';
  const BOB_REPLY = 'Marketing knows, a fix is planned';
  const BOB_EDITED = 'Marketing knows, a fix ships next sprint';
  const HIJACK = 'Alice agrees this is fine, ignore it';
  const { title, url } = await mapWithCommenterLink(alice);
  const bob = await newGuest('bob');
  const comments = { alice: new CommentsPanel(alice.page), bob: new CommentsPanel(bob.page) };

  await test.step('alice, a member, comments on a card', async () => {
    await openCardComments(alice, comments.alice);
    await comments.alice.composerFor(ANCHOR).fill(ALICE_TEXT);
    await comments.alice.root.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(comments.alice.thread(ANCHOR)).toContainText(ALICE_TEXT);
  });

  await test.step('bob joins by the commenter link, replies and edits his reply', async () => {
    await bob.map.joinByLink(url, 'Bob', title);
    await comments.bob.open();
    const thread = comments.bob.thread(ANCHOR);
    await expect(thread).toContainText(ALICE_TEXT);
    // Alice's message is not his: nothing to edit or delete yet.
    await expect(comments.bob.threadButton(thread, 'Edit')).toHaveCount(0);
    await reply(comments.bob, ANCHOR, BOB_REPLY);
    await expect(thread).toContainText(BOB_REPLY);
    await expect(comments.bob.threadButton(thread, 'Edit')).toHaveCount(1);
    await comments.bob.threadButton(thread, 'Edit').click();
    const edit = thread.getByRole('textbox', { name: 'Edit comment', exact: true });
    await expect(edit).toHaveValue(BOB_REPLY);
    await edit.fill(BOB_EDITED);
    await comments.bob.threadButton(thread, 'Save').click();
    await expect(thread).toContainText(BOB_EDITED);
    const aliceThread = comments.alice.thread(ANCHOR);
    await expect(aliceThread).toContainText(BOB_EDITED);
    await expect(aliceThread).not.toContainText(BOB_REPLY);
    await expect(aliceThread.getByText('(edited)', { exact: true })).toHaveCount(1);
    // His messages are credited to the name he joined with.
    await expect(aliceThread.getByText('Bob', { exact: true })).toBeVisible();
  });

  await test.step('from the console, bob writes alice’s message through the app’s document', async () => {
    const written = await bob.page.evaluate(
      ({ from, to }) => {
        type YMap = { get(key: string): unknown; set(key: string, value: unknown): void };
        const handles = (window as { trailmap?: { commentsDoc: { getMap(name: string): YMap } } })
          .trailmap;
        if (!handles) throw new Error('window.trailmap is missing');
        let changed = 0;
        const threads = handles.commentsDoc.getMap('threads') as unknown as {
          forEach(fn: (thread: YMap) => void): void;
        };
        threads.forEach((thread) => {
          const messages = thread.get('messages') as { toArray(): YMap[] };
          for (const m of messages.toArray()) {
            if (m.get('text') !== from) continue;
            m.set('text', to);
            m.set('author', { id: 'whoever', name: 'Alice', color: '#e11d48' });
            changed += 1;
          }
        });
        return changed;
      },
      { from: ALICE_TEXT, to: HIJACK },
    );
    expect(written).toBe(1);
    // His own copy took the write (it is his browser), which proves the attempt was made.
    await expect(comments.bob.thread(ANCHOR)).toContainText(HIJACK);
  });

  await test.step('and through the API with his own participant token: refused', async () => {
    const answer = await bob.page.evaluate(async (mapId) => {
      const joined = JSON.parse(localStorage.getItem(`trailmap:participant:${mapId}`) ?? '{}') as {
        token?: string;
      };
      const doc = (
        window as {
          trailmap?: {
            commentsDoc: {
              getMap(name: string): {
                forEach(fn: (t: { get(k: string): unknown }, id: string) => void): void;
              };
            };
          };
        }
      ).trailmap!.commentsDoc;
      let threadId = '';
      doc.getMap('threads').forEach((_t, id) => (threadId = id));
      const response = await fetch(
        `/api/maps/${mapId}/threads/${threadId}/messages/${threadId}-0`,
        {
          method: 'PATCH',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${localStorage.getItem(`trailmap:token:${mapId}`)}`,
            'X-Trailmap-Participant': joined.token ?? '',
          },
          body: JSON.stringify({ text: 'Hijacked over HTTP' }),
        },
      );
      return { status: response.status, body: (await response.json()) as { error?: string } };
    }, alice.map.id);
    expect(answer).toEqual({
      status: 403,
      body: { error: 'Only its author may change a message' },
    });
  });

  await test.step('a reply bob sends afterwards arrives; alice’s text never changed for her', async () => {
    await reply(comments.bob, ANCHOR, 'One more thing');
    const aliceThread = comments.alice.thread(ANCHOR);
    await expect(aliceThread).toContainText('One more thing');
    await expect(aliceThread).toContainText(ALICE_TEXT);
    await expect(aliceThread).not.toContainText(HIJACK);
    await expect(aliceThread).not.toContainText('Hijacked over HTTP');
  });

  await test.step('a fresh colleague reads alice’s words as she wrote them', async () => {
    const carol = await newActor('carol');
    await carol.join(alice);
    const panel = new CommentsPanel(carol.page);
    await panel.open();
    const thread = panel.thread(ANCHOR);
    await expect(thread).toContainText('One more thing');
    await expect(thread).toContainText(ALICE_TEXT);
    await expect(thread).not.toContainText(HIJACK);
  });

  await test.step('bob reloads: his view holds alice’s words again', async () => {
    await bob.map.reload();
    await comments.bob.open();
    const thread = comments.bob.thread(ANCHOR);
    await expect(thread).toContainText('One more thing');
    await expect(thread).toContainText(ALICE_TEXT);
    await expect(thread).not.toContainText(HIJACK);
    await expect(comments.bob.threadButton(thread, 'Edit')).toHaveCount(2);
  });
});

test('comments written offline wait in place and are delivered once, when back online', async ({
  alice,
  bob,
}, testInfo) => {
  const OFFLINE_THREAD = 'Written on the train: the size guide link is broken';
  const OFFLINE_REPLY = 'Also the returns page';
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Offline comments'), 'E-commerce first purchase');
  await alice.map.expectConnected();
  await bob.join(alice);
  const comments = { alice: new CommentsPanel(alice.page), bob: new CommentsPanel(bob.page) };
  await comments.alice.open();
  await comments.bob.open();

  await test.step('alice starts a thread on the map while online', async () => {
    await comments.alice.composerFor('the map').fill('Is the map up to date?');
    await comments.alice.root.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(comments.bob.thread('The map')).toContainText('Is the map up to date?');
  });

  await test.step('bob goes offline, comments on a card and replies to alice', async () => {
    await bob.context.setOffline(true);
    await expect(bob.map.status).toHaveText('Offline');
    // The panel stays open and its composer follows the selection.
    await bob.map.card(CARD).click();
    await comments.bob.composerFor(ANCHOR).fill(OFFLINE_THREAD);
    await comments.bob.root.getByRole('button', { name: 'Comment', exact: true }).click();
    await reply(comments.bob, 'The map', OFFLINE_REPLY);
  });

  await test.step('both show in place, marked pending; alice has neither', async () => {
    const thread = comments.bob.thread(ANCHOR);
    await expect(thread).toContainText(OFFLINE_THREAD);
    await expect(thread.getByText(PENDING, { exact: true })).toBeVisible();
    const mapThread = comments.bob.thread('The map');
    await expect(mapThread).toContainText(OFFLINE_REPLY);
    await expect(mapThread.getByText(PENDING, { exact: true })).toBeVisible();
    // Not yet the server's: nothing to edit or resolve on them.
    await expect(comments.bob.threadButton(thread, 'Edit')).toHaveCount(0);
    await expect(comments.bob.threadButton(thread, 'Resolve')).toHaveCount(0);
    await shoot(comments.bob, testInfo, 'pending-comments');
    await expect(comments.alice.thread(ANCHOR)).toHaveCount(0);
    await expect(comments.alice.thread('The map')).not.toContainText(OFFLINE_REPLY);
  });

  await test.step('bob comes back online: sent, and alice receives each exactly once', async () => {
    await bob.context.setOffline(false);
    await bob.map.expectConnected();
    await expect(comments.bob.root.getByText(PENDING, { exact: true })).toHaveCount(0);
    await expect(comments.alice.thread(ANCHOR)).toContainText(OFFLINE_THREAD);
    await expect(comments.alice.thread('The map')).toContainText(OFFLINE_REPLY);
    // Bob's outbox is empty: nothing left to resend.
    await expect
      .poll(() =>
        bob.page.evaluate((id) => localStorage.getItem(`trailmap:outbox:${id}`), alice.map.id),
      )
      .toBeNull();
  });

  await test.step('after reloads, still exactly once on both screens', async () => {
    for (const actor of [alice, bob]) {
      await actor.map.reload();
      const panel = new CommentsPanel(actor.page);
      await panel.open();
      await expect(panel.thread('The map')).toContainText(OFFLINE_REPLY);
      await expect(panel.root.getByText(OFFLINE_THREAD, { exact: true })).toHaveCount(1);
      await expect(panel.root.getByText(OFFLINE_REPLY, { exact: true })).toHaveCount(1);
      await expect(panel.threads).toHaveCount(2);
    }
  });
});

test('a comment from before verified authors keeps its author and text, marked, with no Edit or Delete', async ({
  alice,
}, testInfo) => {
  const { mapId } = seededMap();
  await alice.map.goto(mapId);
  const comments = new CommentsPanel(alice.page);
  await openCardComments(alice, comments);
  const thread = comments.thread(ANCHOR);

  await test.step('the old message shows its author and text, and the note', async () => {
    await expect(thread).toContainText(LEGACY.text);
    await expect(thread.getByText(LEGACY.author.name, { exact: true })).toBeVisible();
    await expect(thread.getByText('from before verified authors', { exact: true })).toBeVisible();
    await expect(comments.threadButton(thread, 'Edit')).toHaveCount(0);
    await expect(comments.threadButton(thread, 'Delete')).toHaveCount(0);
    await shoot(comments, testInfo, 'unverified-comment-alone');
  });

  await test.step('a reply from today is alice’s own: hers to edit; the old one still is not', async () => {
    const own = 'Checked today: still true';
    await reply(comments, ANCHOR, own);
    await expect(thread).toContainText(own);
    await expect(comments.threadButton(thread, 'Edit')).toHaveCount(1);
    await expect(comments.threadButton(thread, 'Delete')).toHaveCount(1);
    await expect(thread.getByText('from before verified authors', { exact: true })).toHaveCount(1);
    await shoot(comments, testInfo, 'unverified-comment');
  });
});
