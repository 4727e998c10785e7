import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Resources } from './helpers.ts';

/* The real entry point in a child process, for crash tests. */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const LISTENING = /Trailmap listening on http:\/\/localhost:(\d+)/;

export interface ChildServer {
  process: ChildProcess;
  port: number;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
  output(): string;
}

/** Starts `node --import tsx server/main.ts` with PORT=0; killed after the test if still alive. */
export async function spawnServer(
  res: Resources,
  env: Record<string, string>,
): Promise<ChildServer> {
  // node itself (not the tsx wrapper), so that SIGKILL hits the server and nothing else.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  res.track(child, (c) => {
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  });
  let output = '';
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return { process: child, port, exited, output: () => output };
}
