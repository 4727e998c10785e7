/*
 * Seeds the e2e data folder before the server starts (see playwright.config.ts): a map whose
 * comments were written by browsers before the server vouched for authors. No client can
 * write such a comment any more (the comments room is read-only for all of them), so the
 * fixture goes straight into the store, as the data of an older Trailmap would be.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createServer } from '../../server/createServer.ts';
import { openSqliteStore } from '../../server/store/sqlite/index.ts';
import { E2E_KEY } from '../workspace.ts';
import { LEGACY, SEEDED_FILE, type Seeded } from './legacy.ts';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR must name the e2e data folder');

// The map itself, made by the real server through its API.
const server = await createServer({ port: 0, dataDir, workspaceKey: E2E_KEY, log: () => {} });
const call = async <T>(path: string, init?: RequestInit): Promise<T> => {
  const response = await fetch(`http://localhost:${server.port}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${E2E_KEY}`, 'Content-Type': 'application/json' },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};
const { id: mapId } = await call<{ id: string }>('/api/maps', {
  method: 'POST',
  body: JSON.stringify({ title: LEGACY.mapTitle, template: 'ecommerce' }),
});
const { cards } = await call<{ cards: { id: string; title: string }[] }>(
  `/api/maps/${mapId}/export`,
);
const card = cards.find((c) => c.title === LEGACY.card);
if (!card) throw new Error(`The e-commerce template has no card "${LEGACY.card}"`);
await server.close();

// A thread as browsers wrote them before: the author is whatever the browser said, and
// there is no `verified` field.
const doc = new Y.Doc();
doc.transact(() => {
  const message = new Y.Map<unknown>();
  message.set('id', 'legacy-message-1');
  message.set('author', { ...LEGACY.author });
  message.set('text', LEGACY.text);
  message.set('mentions', []);
  message.set('createdAt', '2026-01-05T09:30:00.000Z');
  message.set('editedAt', null);
  message.set('deleted', false);
  const thread = new Y.Map<unknown>();
  thread.set('id', 'legacy-thread-1');
  thread.set('anchor', { kind: 'card', id: card.id });
  thread.set('resolved', false);
  thread.set('createdAt', '2026-01-05T09:30:00.000Z');
  thread.set('messages', Y.Array.from([message]));
  doc.getMap('threads').set('legacy-thread-1', thread);
});
const store = openSqliteStore(dataDir);
await store.log.append(`${mapId}.comments`, [Y.encodeStateAsUpdate(doc)]);
await store.close();

const seeded: Seeded = { mapId };
writeFileSync(join(dataDir, SEEDED_FILE), JSON.stringify(seeded));
console.log(`Seeded map ${mapId} with a comment from before verified authors`);
