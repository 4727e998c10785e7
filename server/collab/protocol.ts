import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeIntegrated } from './integrated.ts';

/*
 * The y-websocket wire protocol, as the stock client speaks it. Incoming messages are
 * decoded and validated completely here, before anything is applied, so a malformed
 * message can be refused without having touched the document, the store or anyone else.
 */

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** The reason in the permission-denied message that tells a client its document is read-only. */
export const READ_ONLY_REASON = 'read-only';

/** A validated message from a client. */
export type ClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  /** `empty`: carries no change at all, like a fresh client's sync step 2. */
  | { type: 'update'; update: Uint8Array; empty: boolean }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' };

/** The client sent something we cannot accept; the connection is closed with this message. */
export class ProtocolError extends Error {}

function readPayload(decoder: decoding.Decoder): Uint8Array {
  const payload = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after message');
  return payload;
}

function checkAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder); // client id
    decoding.readVarUint(decoder); // clock
    JSON.parse(decoding.readVarString(decoder));
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes in awareness update');
}

function decodeSync(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder);
  const payload = readPayload(decoder);
  switch (step) {
    case syncProtocol.messageYjsSyncStep1:
      Y.decodeStateVector(payload);
      return { type: 'sync-step1', stateVector: payload };
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate: {
      // Throws on anything Yjs could not integrate structurally.
      const { structs, ds } = Y.decodeUpdate(payload);
      return {
        type: 'update',
        update: payload,
        empty: structs.length === 0 && ds.clients.size === 0,
      };
    }
    default:
      throw new ProtocolError(`unknown sync message type ${step}`);
  }
}

/** Decodes and validates one binary message; throws ProtocolError if it is malformed. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        return decodeSync(decoder);
      case MESSAGE_AWARENESS: {
        const update = readPayload(decoder);
        checkAwarenessUpdate(update);
        return { type: 'awareness', update };
      }
      case MESSAGE_QUERY_AWARENESS:
        if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after message');
        return { type: 'query-awareness' };
      default:
        throw new ProtocolError(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`undecodable message (${(error as Error).message})`);
  }
}

function message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1: our state vector, asking the client for what we lack. */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return message(MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

/** Sync step 2: everything the client lacks, given its state vector (nothing pending). */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return encodeStoredSyncStep2(encodeIntegrated(doc, stateVector));
}

/** Sync step 2 carrying `update` as it is (e.g. a stored snapshot, to a fresh client). */
export function encodeStoredSyncStep2(update: Uint8Array): Uint8Array {
  return message(MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(e, update);
  });
}

/** Whether a (validated) state vector is empty: the client has nothing yet. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return Y.decodeStateVector(stateVector).size === 0;
}

/** An incremental document update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  return message(MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update));
}

/** The awareness states of `clients` (null states for removed ones). */
export function encodeAwareness(
  awareness: awarenessProtocol.Awareness,
  clients: number[],
): Uint8Array {
  return message(MESSAGE_AWARENESS, (e) =>
    encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients)),
  );
}

/**
 * Tells a client this document is read-only for it: the y-protocols auth message
 * `[2 (auth), 0 (permission denied), "read-only"]`. The connection stays open.
 */
export function encodeReadOnlyNotice(): Uint8Array {
  return encodeRefusal(READ_ONLY_REASON);
}

/** Tells a client an update of its was refused, and why; the connection stays open. */
export function encodeRefusal(reason: string): Uint8Array {
  return message(MESSAGE_AUTH, (e) => authProtocol.writePermissionDenied(e, reason));
}
