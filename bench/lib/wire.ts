import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';

/*
 * A protocol-level client: the real y-websocket handshake (sync step 1 and 2) without a Y.Doc.
 * It timestamps every update on arrival and applies nothing, so hundreds of them fit in one
 * process without the client side becoming what is measured.
 */

const MESSAGE_SYNC = 0;
// An empty document's update and state vector: what a client with no state sends.
const EMPTY_UPDATE = new Uint8Array([0, 0]);
const EMPTY_STATE_VECTOR = new Uint8Array([0]);

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export interface WireOptions {
  /**
   * Called with each document update received after the handshake and its arrival time;
   * `step2` marks the answer to a later step 1 of ours.
   */
  onUpdate?: (update: Uint8Array, at: number, step2: boolean) => void;
  /** The state vector to announce (default: empty, so the server sends everything). */
  stateVector?: Uint8Array;
}

export interface WireClient {
  /** Bytes of the server's sync step 2 (the whole document for a fresh client). */
  readonly initialBytes: number;
  /** Milliseconds from opening the socket to receiving the server's sync step 2. */
  readonly syncMs: number;
  send(message: Uint8Array): void;
  close(): Promise<void>;
}

/** Connects to `url`, completes the handshake, and resolves once the server's step 2 arrived. */
export function connectWire(url: string, options: WireOptions = {}): Promise<WireClient> {
  const t0 = performance.now();
  const socket = new WebSocket(url, { perMessageDeflate: false });
  socket.binaryType = 'nodebuffer';
  let closed: Promise<void> | null = null;
  return new Promise((resolve, reject) => {
    let synced = false;
    // Bounded: a server that never answers must fail the run, not hang it.
    const timer = setTimeout(() => {
      if (synced) return;
      socket.terminate();
      reject(new Error(`no sync step 2 from ${url} within 60 s`));
    }, 60_000);
    const client: WireClient & { initialBytes: number; syncMs: number } = {
      initialBytes: 0,
      syncMs: 0,
      send: (message) => socket.send(message),
      close: () =>
        (closed ??= new Promise<void>((done) => {
          if (socket.readyState === WebSocket.CLOSED) return done();
          socket.once('close', () => done());
          socket.close();
          // A server that never answers the close frame must not hang the benchmark.
          setTimeout(() => socket.terminate(), 2000).unref();
        })),
    };
    socket.on('open', () => {
      socket.send(
        syncMessage(syncProtocol.messageYjsSyncStep1, options.stateVector ?? EMPTY_STATE_VECTOR),
      );
    });
    socket.on('message', (data: Buffer) => {
      const at = performance.now();
      const decoder = decoding.createDecoder(data);
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return; // awareness: not measured
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === syncProtocol.messageYjsSyncStep1) {
        socket.send(syncMessage(syncProtocol.messageYjsSyncStep2, EMPTY_UPDATE));
      } else if (step === syncProtocol.messageYjsSyncStep2 && !synced) {
        synced = true;
        clearTimeout(timer);
        client.initialBytes = payload.byteLength;
        client.syncMs = at - t0;
        resolve(client);
      } else {
        options.onUpdate?.(payload, at, step === syncProtocol.messageYjsSyncStep2);
      }
    });
    socket.on('error', (error) => {
      if (!synced) reject(error);
    });
    socket.on('close', (code, reason) => {
      if (!synced) reject(new Error(`closed before sync: ${code} ${reason.toString()}`));
    });
  });
}

/** A sync message carrying one document update (what a client sends after an edit). */
export function updateMessage(update: Uint8Array): Uint8Array {
  return syncMessage(syncProtocol.messageYjsUpdate, update);
}

/** Sync step 1 with a state vector: the server's answer proves earlier messages were applied. */
export function step1Message(stateVector: Uint8Array): Uint8Array {
  return syncMessage(syncProtocol.messageYjsSyncStep1, stateVector);
}
