import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MESSAGE_AUTH } from '../collab/protocol.ts';
import { createServer, type ServerConfig, type TrailmapServer } from '../createServer.ts';
import { databaseFor } from './engine.ts';

/* Shared test helpers: resources closed after each test, polling assertions, clients. */

type Dispose = () => unknown;

/** Registers an afterEach that disposes everything `track`ed during the test, newest first. */
export function useResources() {
  const disposers: Dispose[] = [];
  afterEach(async () => {
    while (disposers.length > 0) await disposers.pop()!();
  });
  return {
    track<T>(value: T, dispose: (value: T) => unknown): T {
      disposers.push(() => dispose(value));
      return value;
    },
  };
}

export type Resources = ReturnType<typeof useResources>;

/** Retries `assertion` until it passes or `timeoutMs` runs out (then rethrows its error). */
export async function waitFor<T>(
  assertion: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 10 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** A fresh temporary folder, removed after the test. */
export async function tempDir(res: Resources): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'trailmap-test-'));
  return res.track(dir, (d) => rm(d, { recursive: true, force: true }));
}

/** Starts a server on a free port, closed after the test. */
export async function startServer(
  res: Resources,
  config: Partial<ServerConfig> & { dataDir: string },
): Promise<TrailmapServer> {
  const databaseUrl = config.store ? undefined : await databaseFor(config.dataDir);
  const server = await createServer({ port: 0, log: () => {}, databaseUrl, ...config });
  return res.track(server, (s) => s.close());
}

/** Where a test server listens and its workspace key (an in-process or a child server). */
export interface Target {
  port: number;
  workspaceKey: string;
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Reasons of the auth messages the server sent, e.g. "read-only". */
  notices: string[];
}

/**
 * A stock y-websocket client on `room` with `token` (default: the workspace key) as the
 * app sends it, destroyed after the test.
 */
export function connectClient(
  res: Resources,
  target: Target,
  room: string,
  token = target.workspaceKey,
  doc = new Y.Doc(),
  participant?: string,
): Client {
  const provider = new WebsocketProvider(`ws://localhost:${target.port}/collab`, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, clients in one process would sync
    // with each other directly and the server would not be tested.
    disableBc: true,
    params: participant ? { token, participant } : { token },
  });
  // The stock handler console.warns the provider URL, token included; the app replaces it too.
  const notices: string[] = [];
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) === 0) notices.push(decoding.readVarString(decoder));
  };
  return res.track({ doc, provider, notices }, (c) => {
    c.provider.destroy();
    c.doc.destroy();
  });
}

/** Connects a client and waits until it has synced with the server. */
export async function syncedClient(
  res: Resources,
  target: Target,
  room: string,
  token = target.workspaceKey,
  doc?: Y.Doc,
  participant?: string,
): Promise<Client> {
  const client = connectClient(res, target, room, token, doc, participant);
  await waitFor(() => {
    if (!client.provider.synced) throw new Error(`client on ${room} not synced`);
  });
  return client;
}

/** A small JSON HTTP client for the API, sending `token` (default: the workspace key) as Bearer. */
export function api(target: Target, token: string | null = target.workspaceKey) {
  const base = `http://localhost:${target.port}`;
  const request = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(base + path, init);
    const text = await response.text();
    // Tests read whatever JSON came back and assert on it; typing each shape adds nothing.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json: any = text ? JSON.parse(text) : null;
    return { status: response.status, body: json };
  };
  return {
    request,
    get: (path: string) => request('GET', path),
    post: (path: string, body?: unknown) => request('POST', path, body),
    put: (path: string, body?: unknown) => request('PUT', path, body),
    delete: (path: string) => request('DELETE', path),
    /** Creates a map and returns its id. */
    async createMap(title = 'Test map', template?: string): Promise<string> {
      const { status, body } = await request('POST', '/api/maps', { title, template });
      if (status !== 201) throw new Error(`create failed: ${status} ${JSON.stringify(body)}`);
      return body.id as string;
    },
    /** Creates a share link and returns it (`id`, `role`, `token`, `url`). */
    async createLink(mapId: string, role: string): Promise<{ id: string; token: string }> {
      const { status, body } = await request('POST', `/api/maps/${mapId}/links`, { role });
      if (status !== 201) throw new Error(`link failed: ${status} ${JSON.stringify(body)}`);
      return body as { id: string; token: string };
    },
  };
}
