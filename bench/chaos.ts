import { parseArgs } from 'node:util';
import { badInputTest } from './chaos/badInput.ts';
import { clusterTest } from './chaos/clusterTest.ts';
import { killTest } from './chaos/killTest.ts';
import { throwawayDatabases } from '../server/store/postgres/throwaway.ts';

/*
 * `npm run test:chaos`: faults survived, nothing lost. Part 1 SIGKILLs the server under 20
 * editing clients; part 2 throws bad input at it while two healthy clients edit. Exits non-zero
 * on any lost edit, divergence or failed check.
 */

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    clients: { type: 'string', default: '20' },
    ops: { type: 'string', default: '150' },
    kills: { type: 'string', default: '5' },
    only: { type: 'string' },
    // sqlite (default) or postgres: the store the server runs on (postgres needs TEST_DATABASE_URL).
    store: { type: 'string', default: 'sqlite' },
  },
});
const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
const only = values.only?.split(',') ?? ['kills', 'input'];
const onPostgres = values.store === 'postgres';
const databases = onPostgres ? throwawayDatabases(process.env.TEST_DATABASE_URL) : null;
if (onPostgres && !databases) {
  console.log(
    'chaos on PostgreSQL needs TEST_DATABASE_URL=postgres://… (a server it may create databases on)',
  );
  process.exit(1);
}
/** The server's environment for one part: a fresh database of its own on PostgreSQL. */
const serverEnv = async () => (databases ? { DATABASE_URL: await databases.create() } : undefined);
// Hard bound for CI: each part must end well within its ~2 minute budget.
const DEADLINE_MS = 150_000 * only.length;

const log = (line: string) => console.log(line);
const watchdog = setTimeout(() => {
  log(`chaos: 0 passed, 1 failed — exceeded ${DEADLINE_MS / 1000} s (seed ${seed})`);
  process.exit(1);
}, DEADLINE_MS);
watchdog.unref();
// Every stock provider registers a process 'exit' listener.
process.setMaxListeners(0);

const results: { name: string; failures: string[] }[] = [];
const attempt = async (name: string, fn: () => Promise<string[]>) => {
  try {
    results.push({ name, failures: await fn() });
  } catch (error) {
    results.push({ name, failures: [`crashed: ${(error as Error).stack ?? String(error)}`] });
  }
};

const t0 = performance.now();
if (only.includes('kills')) {
  await attempt('SIGKILL under 20 editing clients', async () =>
    killTest({
      seed,
      clients: Number(values.clients),
      ops: Number(values.ops),
      minKills: Number(values.kills),
      log,
      env: await serverEnv(),
    }),
  );
}
if (only.includes('cluster')) {
  log('');
  await attempt('two processes on PostgreSQL and Redis, SIGKILLs and a Redis restart', async () => {
    if (!databases) return ['the cluster part needs --store postgres'];
    return clusterTest({
      seed,
      clients: Number(values.clients),
      ops: Number(values.ops),
      minKills: Number(values.kills),
      databaseUrl: await databases.create(),
      log,
    });
  });
}
if (only.includes('input')) {
  log('');
  await attempt('bad input against a live server', async () => {
    const report = await badInputTest(log, await serverEnv());
    for (const bug of report.knownBugs)
      log(`known server bug (reported, expected to fail): ${bug}`);
    return report.failures;
  });
}

await databases?.dropAll();
log('');
for (const r of results) {
  for (const f of r.failures) log(`FAIL ${r.name}: ${f}`);
}
const failed = results.filter((r) => r.failures.length).length;
log(
  `chaos${onPostgres ? ' (PostgreSQL)' : ''}: ${results.length - failed} passed, ${failed} failed in ${((performance.now() - t0) / 1000).toFixed(0)} s (seed ${seed})`,
);
process.exit(failed ? 1 : 0);
