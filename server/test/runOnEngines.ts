import { spawnSync } from 'node:child_process';
import { redisAvailable } from './redis.ts';

/*
 * `npm run test:engines`: the server suite and the chaos test again on PostgreSQL, and the
 * two-process chaos on PostgreSQL + Redis, when the machine has them (TEST_DATABASE_URL names
 * a PostgreSQL server the tests may create databases on; Redis runs from the redis-server
 * binary, one private instance per test). Without them it says in one line what it skipped.
 */

const database = process.env.TEST_DATABASE_URL;
const run = (command: string, args: string[], env: Record<string, string> = {}) => {
  console.log(
    `\n> ${[command, ...args].join(' ')}${
      Object.keys(env).length
        ? ` (${Object.entries(env)
            .map(([k, v]) => `${k}=${k.includes('URL') ? '…' : v}`)
            .join(', ')})`
        : ''
    }`,
  );
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!database) {
  console.log(
    'skipped: the server suite and chaos test on PostgreSQL, and the two-process chaos on ' +
      'PostgreSQL + Redis (set TEST_DATABASE_URL=postgres://user@host/db to run them; .ci/run does)',
  );
  process.exit(0);
}
run('npx', ['vitest', 'run', 'server'], { TEST_STORE: 'postgres' });
const parts = redisAvailable ? 'kills,cluster' : 'kills';
run('npx', ['tsx', 'bench/chaos.ts', '--store', 'postgres', '--only', parts]);
if (!redisAvailable)
  console.log(
    'skipped: the two-process chaos (needs the redis-server binary, e.g. apt-get install redis-server)',
  );
