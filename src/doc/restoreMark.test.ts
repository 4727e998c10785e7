import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createMapDoc, markRestore, onRestore, readMap, readRestoreMark } from './index.ts';

describe('the restore mark', () => {
  it('travels to other replicas, tells observers, and stays out of the map content', () => {
    const server = createMapDoc();
    const client = createMapDoc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const before = readMap(client);
    const heard: string[] = [];
    const stop = onRestore(client, (m) => heard.push(`${m.by} restored ${m.version}`));

    markRestore(server, { version: 'Q3 steering review', by: 'Alice', at: 1_700_000_000_000 });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));

    expect(readRestoreMark(client)).toEqual({
      version: 'Q3 steering review',
      by: 'Alice',
      at: 1_700_000_000_000,
    });
    expect(heard).toEqual(['Alice restored Q3 steering review']);
    expect(readMap(client)).toEqual(before);
    stop();
    markRestore(server, { version: 'Again', by: 'Bob', at: 1 });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    expect(heard).toHaveLength(1);
  });

  it('reads a malformed or missing mark as none', () => {
    const doc = createMapDoc();
    expect(readRestoreMark(doc)).toBeNull();
    doc.getMap('events').set('restore', { version: 'x', by: 42 });
    expect(readRestoreMark(doc)).toBeNull();
  });
});
