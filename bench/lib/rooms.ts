import { randomUUID } from 'node:crypto';
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
  await seedRoom(roomUrl(room), encodeDoc(doc), Y.encodeStateVector(doc));
  doc.destroy();
  return room;
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
