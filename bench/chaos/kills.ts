import * as Y from 'yjs';
import type { ServerProcess } from '../lib/servers.ts';
import type { Editor } from './editors.ts';
import type { Ledger } from './ledger.ts';
import { readStoredRoom } from './store.ts';

/*
 * A SIGKILL with a durability check. An edit another client has already received was stored
 * before the server relayed it (Trailmap stores, then sends), so every such edit must be in the
 * store the dead process left behind.
 */

export interface KillReport {
  /** Edits that had reached at least one other client when the server was killed. */
  acked: number;
  /** Of those, edits the store does not hold: must be 0. */
  missing: number;
  /** Updates in the log (not yet compacted) at the kill. */
  loggedUpdates: number;
}

export async function killAndCheck(
  server: ServerProcess,
  room: string,
  editors: Editor[],
  ledger: Ledger,
): Promise<KillReport> {
  // Which clock of each writer some other client had integrated, taken right before the kill:
  // anything integrated by then had been stored.
  const acked = new Map<number, number>();
  for (const writer of editors) {
    const id = writer.doc.clientID;
    let max = 0;
    for (const other of editors)
      if (other !== writer) max = Math.max(max, Y.getState(other.doc.store, id));
    acked.set(id, max);
  }
  await server.kill('SIGKILL');
  const stored = await readStoredRoom(server, room);
  let ackedCount = 0;
  let missing = 0;
  for (const edit of ledger.edits) {
    // Pure deletions use no clock; they are checked at the end.
    if (edit.endClock === edit.startClock || edit.endClock > (acked.get(edit.client) ?? 0))
      continue;
    ackedCount++;
    if (edit.endClock > (stored.stateVector.get(edit.client) ?? 0)) missing++;
  }
  return { acked: ackedCount, missing, loggedUpdates: stored.updates };
}
