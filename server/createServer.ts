import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { WebSocketServer, type WebSocket } from 'ws';
import { createAuth } from './auth/check.ts';
import { loadWorkspaceKey } from './auth/workspaceKey.ts';
import { ConnectionCaps } from './collab/connectionCaps.ts';
import { startKeepalive } from './collab/keepalive.ts';
import { RoomManager, type RoomInfo } from './collab/roomManager.ts';
import { createUpgradeHandler, type AuthorizeRoom } from './collab/upgrade.ts';
import { resolveConfig, type ServerConfig } from './config.ts';
import { createConversions } from './conversion/index.ts';
import type { ServerContext } from './context.ts';
import { MapEvents } from './events.ts';
import { builtInExtensions } from './extensions/index.ts';
import { createApp } from './http/app.ts';
import { describeApi } from './http/openapi/routes.ts';
import { httpTimeouts } from './http/timeouts.ts';
import { createGuards } from './http/auth.ts';
import { createMaps } from './maps.ts';
import { openBus, openStore } from './engines.ts';
import { Metrics } from './metrics.ts';
import { Pipeline } from './pipeline.ts';

export type { ServerConfig } from './config.ts';

/** A running server. */
export interface TrailmapServer {
  /** The port actually listened on (useful with port 0). */
  port: number;
  /** The workspace key: members present it as `Bearer` token or `?token=`. */
  workspaceKey: string;
  /** Rooms currently loaded in memory (for tests and diagnostics). */
  rooms(): RoomInfo[];
  /** Which store and bus engines it runs on. */
  store: string;
  bus: string;
  /** The extensions in the order their hooks run. */
  extensions(): string[];
  /** The HTTP routes it answers (method and path as registered), for diagnostics and tests. */
  routes(): { method: string; path: string }[];
  /** Closes connections, unloads rooms (extensions store what they keep), stops, closes the store. */
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

/**
 * Starts the HTTP API, the static app and the sync endpoint on one port: the built-in
 * extensions and `config.extensions`, composed over a store and a room bus.
 */
export async function createServer(input: ServerConfig): Promise<TrailmapServer> {
  const config = resolveConfig(input);
  const { log } = config;
  // Before the store opens, so that a bad key leaves nothing to close.
  const workspaceKey = loadWorkspaceKey(config.dataDir, input.workspaceKey);
  const pipeline = new Pipeline(log);
  let rooms: RoomManager | null = null;
  const metrics = new Metrics({ rooms: () => rooms?.info() ?? [] });
  const { store, owned: ownsStore } = await openStore(input, config);
  let opened;
  try {
    opened = await openBus(input, config, metrics);
  } catch (error) {
    if (ownsStore) await store.close();
    throw error;
  }
  const { bus, owned: ownsBus } = opened;
  rooms = new RoomManager({
    pipeline,
    bus,
    unloadDelayMs: config.unloadDelayMs,
    maxBufferedBytes: config.maxBufferedBytes,
    traffic: { received: (n) => metrics.received(n), sent: (n) => metrics.sent(n) },
    log,
  });
  const auth = createAuth(pipeline);
  const conversions = input.conversions ?? createConversions({ workers: config.conversionWorkers });
  const context: ServerContext = {
    config,
    store,
    bus,
    rooms,
    maps: createMaps(store, rooms, pipeline, conversions),
    conversions,
    auth,
    guards: createGuards(auth),
    events: new MapEvents(log),
    metrics,
    log,
  };
  pipeline.use(...builtInExtensions(context, workspaceKey));
  pipeline.use(...(input.extensions ?? []).map((make) => make(context)));

  // Credentials before existence: a caller without them learns nothing about which maps exist.
  const authorize: AuthorizeRoom = async ({ token, participant }, room) => {
    const result = await auth.check(token, room.mapId, 'viewer', participant);
    if (!result.ok) return result.denial;
    if (!(await store.maps.get(room.mapId))) return { status: 404, message: 'No such map' };
    return { grant: result.grant, canWrite: pipeline.canWrite(room, result.grant) };
  };

  const app = createApp(context, pipeline, (api) => describeApi(api, () => app.routes));
  const http = createAdaptorServer({
    fetch: app.fetch,
    serverOptions: httpTimeouts(config),
  }) as Server;
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
  const stopKeepalive = startKeepalive(wss, config.pingIntervalMs);
  const caps = new ConnectionCaps({
    perLink: config.maxConnectionsPerLink,
    perAddress: config.maxConnectionsPerAddress,
  });
  http.on('upgrade', createUpgradeHandler({ wss, rooms, authorize, caps, log }));

  try {
    await rooms.start();
    await new Promise<void>((listening, fail) => {
      http.once('error', fail);
      http.listen(config.port, config.host, () => {
        http.off('error', fail);
        listening();
      });
    });
  } catch (error) {
    stopKeepalive();
    await conversions.close();
    if (ownsBus) await bus.close();
    if (ownsStore) await store.close();
    throw error;
  }

  let closing: Promise<void> | null = null;
  const shutdown = async () => {
    stopKeepalive();
    const stopped = new Promise<void>((done) => http.close(() => done()));
    const unloaded = rooms.closeAll();
    await waitForSockets(wss.clients, CLOSE_GRACE_MS);
    await unloaded;
    wss.close();
    http.closeAllConnections();
    await stopped;
    await pipeline.close();
    await conversions.close();
    if (ownsBus) await bus.close();
    if (ownsStore) await store.close();
  };

  return {
    port: (http.address() as AddressInfo).port,
    workspaceKey,
    rooms: () => rooms.info(),
    store: store.kind,
    bus: bus.kind,
    extensions: () => pipeline.names(),
    routes: () => app.routes.map(({ method, path }) => ({ method, path })),
    close: () => (closing ??= shutdown()),
  };
}
