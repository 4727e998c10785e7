import { randomUUID } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createMapDoc, encodeDoc, writeMap, type MapState } from '../../src/doc/index.ts';
import { withToken } from './access.ts';
import { importMap } from './api.ts';
import type { ServerProcess } from './servers.ts';
import { connectWire, step1Message, updateMessage } from './wire.ts';

/*
 * One map on one server, ready for clients. Trailmap creates it through its HTTP import (so
 * it is stored before anyone connects); the in-memory reference server has no API, so the
 * same content is pushed into its room by a first client, as a y-websocket deployment would.
 */

export interface Room {
  server: ServerProcess;
  name: string;
  token: string | undefined;
}

/** The full sync URL of a room, credentials included. */
export function roomUrl(room: Room): string {
  return withToken(`${room.server.wsBase}/${room.name}`, room.token);
}

/** Provider parameters for the stock client (`params` become the query string). */
export function providerParams(room: Room): Record<string, string> {
  return room.token ? { token: room.token } : {};
}

export async function prepareRoom(server: ServerProcess, map: MapState): Promise<Room> {
  if (server.kind === 'trailmap') {
    const created = await importMap(server.httpBase, map);
    return { server, name: created.id, token: created.token };
  }
  const room: Room = { server, name: `bench-${randomUUID()}`, token: undefined };
  const doc = createMapDoc();
  writeMap(doc, map);
  if (server.kind === 'hocuspocus') await seedHocuspocus(room, doc);
  else await seedRoom(roomUrl(room), encodeDoc(doc), Y.encodeStateVector(doc));
  doc.destroy();
  return room;
}

/** Hocuspocus speaks its own protocol: a provider writes the map; a second one sees it there. */
async function seedHocuspocus(room: Room, doc: Y.Doc): Promise<void> {
  const open = (document: Y.Doc) => {
    const socket = new HocuspocusProviderWebsocket({
      url: room.server.wsBase,
      WebSocketPolyfill: WebSocket,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room.name,
      document,
    });
    provider.attach();
    return () => {
      provider.destroy();
      socket.destroy();
    };
  };
  const closeWriter = open(doc);
  const check = new Y.Doc();
  const closeReader = open(check);
  const expected = Y.encodeStateVector(doc);
  const deadline = performance.now() + 30_000;
  while (Buffer.compare(Buffer.from(Y.encodeStateVector(check)), Buffer.from(expected)) !== 0) {
    if (performance.now() > deadline) throw new Error('could not seed the Hocuspocus room');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  closeReader();
  closeWriter();
  check.destroy();
}

/** Pushes `update` into a room and waits until the server has applied it. */
async function seedRoom(url: string, update: Uint8Array, stateVector: Uint8Array): Promise<void> {
  let applied!: () => void;
  const done = new Promise<void>((resolve) => (applied = resolve));
  const client = await connectWire(url, {
    onUpdate: (_payload, _at, step2) => {
      if (step2) applied();
    },
  });
  client.send(updateMessage(update));
  // Messages on one socket are handled in order: the answer to this step 1 comes after the update.
  client.send(step1Message(stateVector));
  await done;
  await client.close();
}
