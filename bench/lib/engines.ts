import { throwawayDatabases } from '../../server/store/postgres/throwaway.ts';
import { privateRedis, type PrivateRedis } from '../../server/test/redis.ts';

/*
 * PostgreSQL and Redis for the benchmark's multi-process cases: a throw-away database on the
 * server BENCH_DATABASE_URL (or TEST_DATABASE_URL) names, and the Redis at TEST_REDIS_URL or a
 * private redis-server. Null when there is no PostgreSQL to run on.
 */

export interface ClusterEngines {
  env: { DATABASE_URL: string; REDIS_URL: string };
  dispose(): Promise<void>;
}

export async function clusterEngines(): Promise<ClusterEngines | null> {
  const databases = throwawayDatabases(
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL,
  );
  if (!databases) return null;
  let redis: PrivateRedis | null = null;
  const redisUrl = process.env.TEST_REDIS_URL ?? (redis = await privateRedis()).url;
  return {
    env: { DATABASE_URL: await databases.create(), REDIS_URL: redisUrl },
    async dispose() {
      await redis?.stop();
      await databases.dropAll();
    },
  };
}
