import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/* The entries of an awareness update (y-protocols' format), to check them one by one. */

/** One client's presence in an update: its state as the JSON text sent (`null`: removed). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

/** Reads an awareness update (already validated by the protocol decoder). */
export function readEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, state: decoding.readVarString(decoder) });
  }
  return entries;
}

/** Writes entries back as an awareness update. */
export function writeEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
