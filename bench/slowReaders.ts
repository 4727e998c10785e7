import WebSocket from 'ws';
import * as Y from 'yjs';
import { apiHeaders, withToken } from './lib/access.ts';
import { createMap } from './lib/api.ts';
import { sleep, stockClient, whenSynced } from './lib/clients.ts';
import { rssMiB } from './lib/proc.ts';
import { ServerProcess } from './lib/servers.ts';
import { step1Message } from './lib/wire.ts';

/*
 * `npx tsx bench/slowReaders.ts`: the attack of issue 14, measured. Forty sockets on a viewer
 * link open a 15 MiB map, ask for all of it and never read. Prints the server's RSS before,
 * five seconds into the attack, and after a forced garbage collection.
 */

const SOCKETS = 40;
const MAP_MIB = 15;

async function main() {
  const server = new ServerProcess('trailmap', { inspect: true });
  await server.start();
  try {
    const { id, token } = await createMap(server.httpBase, 'Big map', 'blank');
    const editor = stockClient({ server, name: id, token });
    await whenSynced(editor.provider);
    editor.doc.getMap('meta').set('purpose', 'p'.repeat(MAP_MIB * 2 ** 20));
    await sleep(2000);
    const link = await fetch(`${server.httpBase}/api/maps/${id}/links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...apiHeaders() },
      body: JSON.stringify({ role: 'viewer' }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    const before = await server.rssAfterGc();

    const sockets: WebSocket[] = [];
    for (let i = 0; i < SOCKETS; i++) {
      const socket = new WebSocket(withToken(`${server.wsBase}/${id}`, link.token));
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      socket.send(step1Message(Y.encodeStateVector(new Y.Doc())));
      (socket as unknown as { _socket: { pause(): void } })._socket.pause();
      sockets.push(socket);
    }
    await sleep(5000);
    const during = rssMiB(server.pid);
    const afterGc = await server.rssAfterGc();
    console.log(
      `${SOCKETS} non-reading viewer sockets on a ${MAP_MIB} MiB map: server RSS ` +
        `${before.toFixed(0)} MiB before, ${during.toFixed(0)} MiB after 5 s ` +
        `(+${(during - before).toFixed(0)}), ${afterGc.toFixed(0)} MiB after GC`,
    );
    for (const socket of sockets) socket.terminate();
    editor.provider.destroy();
  } finally {
    await server.dispose();
  }
}

await main();
