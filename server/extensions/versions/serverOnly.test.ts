import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createMapDoc, markRestore, readMap, setMeta } from '../../../src/doc/index.ts';
import { writesTopLevel } from './serverOnly.ts';

/** A server's document with a restore mark, and a client holding the same. */
function pair() {
  const server = createMapDoc();
  markRestore(server, { version: 'Q3', by: 'Alice', at: 1 });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** What `change` makes `client` send. */
function updateOf(client: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  client.on('update', (u: Uint8Array) => updates.push(u));
  change(client);
  return Y.mergeUpdates(updates);
}

describe('writes into a server-only top-level map', () => {
  it('finds a new mark, an overwritten one and a second key', () => {
    const fresh = createMapDoc();
    const first = updateOf(new Y.Doc(), (d) => d.getMap('events').set('restore', { by: 'Eve' }));
    expect(writesTopLevel(fresh, first, 'events')).toBe(true);

    const { server, client } = pair();
    const overwrite = updateOf(client, (d) => d.getMap('events').set('restore', { by: 'Eve' }));
    expect(writesTopLevel(server, overwrite, 'events')).toBe(true);
    const other = updateOf(client, (d) => d.getMap('events').set('other', 1));
    expect(writesTopLevel(server, other, 'events')).toBe(true);
  });

  it('lets edits of the map itself through', () => {
    const { server, client } = pair();
    setMeta(server, { title: 'Before' });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    const edit = updateOf(client, (d) => {
      setMeta(d, { title: 'After' });
      const card = new Y.Map<unknown>();
      d.getMap('cards').set('c1', card);
      card.set('title', 'Nested');
    });
    expect(writesTopLevel(server, edit, 'events')).toBe(false);
    Y.applyUpdate(server, edit);
    expect(readMap(server).meta.title).toBe('After');
  });
});
