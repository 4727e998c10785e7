import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKSPACE_KEY } from './access.ts';
import { collectGarbage, heapUsedAfterGc, inspectorUrl } from './inspector.ts';
import { rssMiB, type Pinning } from './proc.ts';

/*
 * The two servers under test, each in its own child process on loopback. Both run through
 * `node --import tsx` so that neither pays a loader cost the other does not. A restart keeps
 * the port and (for Trailmap) the data folder, as an operator restarting a crashed process would.
 */

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export type ServerKind = 'trailmap' | 'reference' | 'hocuspocus';

export const SERVER_LABEL: Record<ServerKind, string> = {
  trailmap: 'Trailmap',
  reference: 'y-websocket ref',
  hocuspocus: 'Hocuspocus',
};

const ENTRY: Record<ServerKind, string> = {
  trailmap: 'server/main.ts',
  reference: 'bench/servers/reference.ts',
  hocuspocus: 'bench/servers/hocuspocus.ts',
};

// Trailmap prints "Trailmap listening on http://localhost:<port>"; our reference wrapper
// prints the same shape, so one pattern serves both.
const LISTENING = /listening on http:\/\/[^:\s]+:(\d+)/;

export interface ServerOptions {
  pinning?: Pinning | null;
  /** Extra environment for the child (e.g. UNLOAD_DELAY_MS, TRAILMAP_KEY). */
  env?: Record<string, string>;
  /** Trailmap only: reuse this data folder instead of a fresh temporary one. */
  dataDir?: string;
  /** Open the V8 inspector on a free loopback port (for forced garbage collection). */
  inspect?: boolean;
  /** Extra node flags, e.g. `--cpu-prof` to see where a server spends its time. */
  nodeArgs?: string[];
}

/** A server child process that can be killed and restarted on the same port and data. */
export class ServerProcess {
  readonly kind: ServerKind;
  readonly dataDir: string | null;
  port = 0;
  private child: ChildProcess | null = null;
  private output = '';
  private inspector: string | null = null;
  private exitedPromise: Promise<void> = Promise.resolve();
  private readonly ownsDataDir: boolean;

  constructor(
    kind: ServerKind,
    private readonly options: ServerOptions = {},
  ) {
    this.kind = kind;
    this.ownsDataDir = kind === 'trailmap' && !options.dataDir;
    this.dataDir =
      kind === 'trailmap'
        ? (options.dataDir ?? mkdtempSync(join(tmpdir(), 'trailmap-bench-')))
        : null;
  }

  /** The PostgreSQL database it stores in, if it was started with one. */
  get databaseUrl(): string | null {
    return this.options.env?.DATABASE_URL ?? null;
  }

  get label(): string {
    return SERVER_LABEL[this.kind];
  }

  get pid(): number {
    if (!this.child?.pid) throw new Error(`${this.label} is not running`);
    return this.child.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The sync endpoint prefix that a room name is appended to (`<base>/<room>`). */
  get wsBase(): string {
    const origin = `ws://127.0.0.1:${this.port}`;
    return this.kind === 'trailmap' ? `${origin}/collab` : origin;
  }

  get httpBase(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Forces a full garbage collection (needs `inspect`), then returns RSS in MiB. */
  async rssAfterGc(): Promise<number> {
    const url = this.inspector;
    if (!url) throw new Error(`${this.label} was not started with inspect`);
    await collectGarbage(url);
    return rssMiB(this.pid);
  }

  /** Forces a full garbage collection (needs `inspect`), then returns the V8 heap in use in MiB. */
  async heapAfterGc(): Promise<number> {
    if (!this.inspector) throw new Error(`${this.label} was not started with inspect`);
    return heapUsedAfterGc(this.inspector);
  }

  /** The last lines the process printed, for error messages. */
  tail(chars = 2000): string {
    return this.output.slice(-chars);
  }

  /** Starts the process (on the previous port after the first start) and waits until it listens. */
  async start(): Promise<void> {
    if (this.running) throw new Error(`${this.label} already running`);
    const args = [
      ...(this.options.inspect ? ['--inspect=127.0.0.1:0'] : []),
      ...(this.options.nodeArgs ?? []),
      '--import',
      'tsx',
      ENTRY[this.kind],
    ];
    const pin = this.options.pinning?.server;
    // taskset execs node, so the child's pid is the server's: SIGKILL and /proc hit node itself.
    const [command, argv] = pin
      ? ['taskset', ['-c', pin, process.execPath, ...args]]
      : [process.execPath, args];
    const child = spawn(command, argv, {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...this.options.env,
        PORT: String(this.port),
        ...(this.kind === 'trailmap'
          ? { DATA_DIR: this.dataDir!, TRAILMAP_KEY: WORKSPACE_KEY }
          : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.output = '';
    this.inspector = null;
    this.exitedPromise = new Promise((done) => child.once('exit', () => done()));
    const onData = (chunk: Buffer) => {
      // Keep a bounded tail: a long benchmark must not grow memory with server logs.
      this.output = (this.output + chunk.toString()).slice(-64_000);
      this.inspector ??= inspectorUrl(this.output);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    this.port = await new Promise<number>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = LISTENING.exec(this.output);
        if (match) {
          clearInterval(timer);
          resolve(Number(match[1]));
        }
      }, 20);
      child.once('exit', (code, signal) => {
        clearInterval(timer);
        reject(
          new Error(`${this.label} exited (${code ?? signal}) while starting:\n${this.tail()}`),
        );
      });
    });
  }

  /** Sends `signal` and waits until the process has gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.running) return;
    this.child!.kill(signal);
    await this.exitedPromise;
  }

  /** Graceful stop (SIGTERM: Trailmap compacts and closes its store), SIGKILL after 10 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 10_000);
    await this.kill('SIGTERM');
    clearTimeout(timer);
  }

  async restart(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (signal === 'SIGTERM') await this.stop();
    else await this.kill(signal);
    await this.start();
  }

  /** Stops the process and removes a temporary data folder it created. */
  async dispose(): Promise<void> {
    await this.kill('SIGKILL');
    if (this.ownsDataDir && this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Starts a server; the caller disposes it. */
export async function startServer(
  kind: ServerKind,
  options: ServerOptions = {},
): Promise<ServerProcess> {
  const server = new ServerProcess(kind, options);
  await server.start();
  return server;
}
