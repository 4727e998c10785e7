import * as Y from 'yjs';

/*
 * Yjs keeps structs whose dependencies it has not seen yet as "pending" and puts them into
 * every encoding of the document. A client may send such an update for a moment (an edit made
 * just before its sync step 2 arrives), but a hostile one can send data that never becomes
 * whole. The server serves and stores only what it integrated; pending data waits in memory
 * until its dependencies arrive, and is bounded.
 */

/** The document as one update (the part a client with `stateVector` lacks), pending data left out. */
export function encodeIntegrated(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const store = doc.store;
  const { pendingStructs, pendingDs } = store;
  if (!pendingStructs && !pendingDs) return Y.encodeStateAsUpdate(doc, stateVector);
  store.pendingStructs = null;
  store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    store.pendingStructs = pendingStructs;
    store.pendingDs = pendingDs;
  }
}

/** How many encoded bytes of pending data the document holds. */
export function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.length ?? 0) + (doc.store.pendingDs?.length ?? 0);
}

/** Forgets the pending data: whoever sent it resends it on their next sync. */
export function dropPending(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}

/** Whether a document with state vector `theirs` holds anything one with `ours` lacks. */
export function isAhead(theirs: Uint8Array, ours: Uint8Array): boolean {
  const mine = Y.decodeStateVector(ours);
  for (const [client, clock] of Y.decodeStateVector(theirs))
    if (clock > (mine.get(client) ?? 0)) return true;
  return false;
}
