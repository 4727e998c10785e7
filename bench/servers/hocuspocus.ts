import { Redis } from '@hocuspocus/extension-redis';
import { Server } from '@hocuspocus/server';

/*
 * The second reference: Hocuspocus (@hocuspocus/server 3.4.4, the last release whose engines
 * allow Node 20) with its Redis extension, in memory, as a team would run several processes
 * of it. PORT=0 picks a free port, reported like the other servers report theirs.
 */

const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const server = new Server({
  port: Number(process.env.PORT ?? 0),
  address: '127.0.0.1',
  quiet: true,
  extensions: [new Redis({ host: redis.hostname, port: Number(redis.port || 6379) })],
});
await server.listen();
console.log(`hocuspocus listening on http://127.0.0.1:${server.address.port}`);
