import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { databaseFor } from './engine.ts';
import type { Resources } from './helpers.ts';

/* The real entry point in a child process, for crash tests. */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const LISTENING = /Trailmap listening on http:\/\/localhost:(\d+)/;
const SIGN_IN = /Sign in: http:\/\/localhost:\d+\/\?key=(\S+)/;

export interface ChildServer {
  process: ChildProcess;
  port: number;
  /** The workspace key, read from the sign-in link the server printed. */
  workspaceKey: string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
  output(): string;
}

/** Starts `node --import tsx server/main.ts` with PORT=0; killed after the test if still alive. */
export async function spawnServer(
  res: Resources,
  env: Record<string, string>,
): Promise<ChildServer> {
  // The data folder's database when the tests run on PostgreSQL (see engine.ts).
  const database = env.DATA_DIR ? await databaseFor(env.DATA_DIR) : undefined;
  // node itself (not the tsx wrapper), so that SIGKILL hits the server and nothing else.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', ...(database ? { DATABASE_URL: database } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  res.track(child, (c) => {
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  });
  let output = '';
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const [port, workspaceKey] = await new Promise<[number, string]>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = LISTENING.exec(output)?.[1];
      const key = SIGN_IN.exec(output)?.[1];
      if (port && key) resolve([Number(port), key]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return { process: child, port, workspaceKey, exited, output: () => output };
}
