import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/*
 * A Redis server of the test's own, on a free port, that the test may stop and start again
 * (an outage). Needs the `redis-server` binary (Debian's redis-server package); null without.
 */

export interface PrivateRedis {
  url: string;
  /** Stops the server (connections drop, pub/sub messages meanwhile are lost). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

/** A private Redis, stopped after the test. */
export async function trackedRedis(res: { track<T>(value: T, dispose: (value: T) => unknown): T }) {
  const redis = await privateRedis();
  return res.track(redis, (r) => r.stop());
}

const BINARY = 'redis-server';

/** Whether a redis-server can be started here. */
export const redisAvailable = spawnSync(BINARY, ['--version']).status === 0;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts a redis-server of its own on a free port; the caller stops it. */
export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const process = spawn(
      BINARY,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = process;
    await new Promise<void>((ready, fail) => {
      let output = '';
      process.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) ready();
      });
      process.once('exit', (code) => fail(new Error(`redis-server exited (${code}): ${output}`)));
    });
  };
  const stop = async () => {
    const process = child;
    child = null;
    if (!process || process.exitCode !== null) return;
    const exited = new Promise((done) => process.once('exit', done));
    process.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, stop, start };
}
