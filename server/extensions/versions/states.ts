import * as Y from 'yjs';
import { createMapDoc, readMap, type MapState } from '../../../src/doc/index.ts';

/** The map an encoded document state holds. */
export function readState(state: Uint8Array): MapState {
  const doc = createMapDoc();
  Y.applyUpdate(doc, state);
  const map = readMap(doc);
  doc.destroy();
  return map;
}
