import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/* Process figures from /proc (Linux): CPU time and resident memory of a server child. */

const TICKS_PER_SECOND = clockTicks();

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
}

/** User + system CPU seconds used so far by `pid`, or NaN if /proc cannot tell. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces; fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** Resident set size of `pid` in MiB, or NaN. */
export function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * Nanoseconds the main thread of `pid` has spent runnable but waiting for a CPU (from
 * /proc/<pid>/schedstat), or NaN: the share of a window spent waiting tells whether other work
 * on the machine, not the code under test, set the figures.
 */
export function runDelayNs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]);
  } catch {
    return Number.NaN;
  }
}

export interface UsageWindow {
  /** CPU time over wall time, in percent of one core. */
  cpuPercent: number;
  /** Time the main thread waited for a CPU, in percent of the window. */
  waitPercent: number;
  rssMiBPeak: number;
  rssMiBEnd: number;
}

/** Starts measuring `pid`; `stop()` returns CPU % and RSS over the window. */
export function measureUsage(pid: number, sampleMs = 250): { stop(): UsageWindow } {
  const cpu0 = cpuSeconds(pid);
  const wait0 = runDelayNs(pid);
  const t0 = performance.now();
  let peak = rssMiB(pid);
  // RSS is sampled because /proc's VmHWM is the peak since process start, not since t0.
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, sampleMs);
  return {
    stop() {
      clearInterval(timer);
      const end = rssMiB(pid);
      const seconds = (performance.now() - t0) / 1000;
      return {
        cpuPercent: ((cpuSeconds(pid) - cpu0) / seconds) * 100,
        waitPercent: ((runDelayNs(pid) - wait0) / 1e9 / seconds) * 100,
        rssMiBPeak: Math.max(peak, end),
        rssMiBEnd: end,
      };
    },
  };
}

/** Which cores server and clients run on; null when taskset is missing or there is one core. */
export interface Pinning {
  server: string;
  clients: string;
}

export function choosePinning(): Pinning | null {
  const cores = availableParallelism();
  if (cores < 2 || !['/usr/bin/taskset', '/bin/taskset'].some((p) => existsSync(p))) return null;
  // Core 0 for the server under test; the rest for this process (clients, browser drivers).
  return { server: '0', clients: cores === 2 ? '1' : `1-${cores - 1}` };
}

/** Moves every thread of this process onto `cores`; false if taskset refused. */
export function pinSelf(cores: string): boolean {
  try {
    execFileSync('taskset', ['-a', '-cp', cores, String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let gc: (() => void) | null = null;

/**
 * Runs a full GC in this (client) process, so that garbage from the previous measurement (a
 * destroyed 5,000-card Y.Doc is a lot of it) is not collected inside the next timed section.
 */
export function collectOwnGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
