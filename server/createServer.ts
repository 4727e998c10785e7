import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { WebSocketServer, type WebSocket } from 'ws';
import { createAccess } from './auth/access.ts';
import { loadWorkspaceKey } from './auth/workspaceKey.ts';
import { createAuthorize } from './collab/authorize.ts';
import { startKeepalive } from './collab/keepalive.ts';
import { RoomManager, type RoomInfo } from './collab/roomManager.ts';
import { createUpgradeHandler } from './collab/upgrade.ts';
import { resolveConfig, type ServerConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { createLinks } from './links.ts';
import { createMaps } from './maps.ts';
import { openSqliteStore } from './store/sqliteStore.ts';
import { createAutoVersions } from './versions/autoVersions.ts';
import { createRecorder } from './versions/recorder.ts';
import { createVersions } from './versions/versions.ts';
import { openSqliteVotes } from './store/sqliteVotes.ts';
import { createWorkshop } from './workshop/workshop.ts';

export type { ServerConfig } from './config.ts';

/** A running server. */
export interface TrailmapServer {
  /** The port actually listened on (useful with port 0). */
  port: number;
  /** The workspace key: members present it as `Bearer` token or `?token=`. */
  workspaceKey: string;
  /** Rooms currently loaded in memory (for tests and diagnostics). */
  rooms(): RoomInfo[];
  /** Closes connections, compacts and unloads rooms, stops listening, closes the store. */
  close(): Promise<void>;
}

// How long clients get to answer our close frame before their sockets are cut.
const CLOSE_GRACE_MS = 1000;

function waitForSockets(sockets: Set<WebSocket>, timeoutMs: number): Promise<void> {
  const open = [...sockets];
  if (open.length === 0) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => {
      for (const socket of open) socket.terminate();
      done();
    }, timeoutMs);
    let left = open.length;
    for (const socket of open) {
      socket.once('close', () => {
        if (--left === 0) {
          clearTimeout(timer);
          done();
        }
      });
    }
  });
}

/** Starts the HTTP API, the static app and the sync endpoint on one port. */
export async function createServer(input: ServerConfig): Promise<TrailmapServer> {
  const config = resolveConfig(input);
  // Before the store opens, so that a bad key leaves nothing to close.
  const workspaceKey = loadWorkspaceKey(config.dataDir, input.workspaceKey);
  const store = input.store ?? openSqliteStore(config.dataDir);
  const access = createAccess(workspaceKey, store);
  const recorder = createRecorder(store);
  const autoVersions = createAutoVersions({
    delayMs: config.autoVersionDelayMs,
    record: (room, authors) => {
      const input = { name: null, note: '', auto: true, authors };
      recorder.record(room.name.mapId, room.doc, input);
    },
    log: config.log,
  });
  const rooms = new RoomManager({
    store,
    unloadDelayMs: config.unloadDelayMs,
    compactEvery: config.compactEvery,
    log: config.log,
    watch: autoVersions.watch,
  });
  const maps = createMaps(store, rooms, recorder);
  const votes = openSqliteVotes(config.dataDir);
  const app = createApp({
    store,
    maps,
    links: createLinks(store, rooms),
    access,
    versions: createVersions({ store, rooms, recorder, autoVersions }),
    workshop: createWorkshop({ store, rooms, maps, votes, log: config.log }),
    staticDir: config.staticDir,
    maxBodyBytes: config.maxBodyBytes,
    log: config.log,
  });

  const http = createAdaptorServer({ fetch: app.fetch }) as Server;
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
  const stopKeepalive = startKeepalive(wss, config.pingIntervalMs);
  http.on(
    'upgrade',
    createUpgradeHandler({ wss, store, rooms, authorize: createAuthorize(access) }),
  );

  try {
    await new Promise<void>((listening, fail) => {
      http.once('error', fail);
      http.listen(config.port, config.host, () => {
        http.off('error', fail);
        listening();
      });
    });
  } catch (error) {
    stopKeepalive();
    votes.close();
    store.close();
    throw error;
  }

  let closing: Promise<void> | null = null;
  const shutdown = async () => {
    stopKeepalive();
    const stopped = new Promise<void>((done) => http.close(() => done()));
    rooms.closeAll();
    await waitForSockets(wss.clients, CLOSE_GRACE_MS);
    wss.close();
    http.closeAllConnections();
    await stopped;
    votes.close();
    store.close();
  };

  return {
    port: (http.address() as AddressInfo).port,
    workspaceKey,
    rooms: () => rooms.info(),
    close: () => (closing ??= shutdown()),
  };
}
