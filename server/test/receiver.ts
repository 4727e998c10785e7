import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Resources } from './helpers.ts';

/* A webhook receiver on loopback for tests: records requests; each is answered by `answer`. */

export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Answer = (request: Received, n: number) => number | 'hang' | { redirect: string };

export async function startReceiver(res: Resources, answer: Answer = () => 200) {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req, response) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      const what = answer(request, received.length);
      if (what === 'hang') return void hanging.push(response);
      if (typeof what === 'object') {
        response.writeHead(302, { location: what.redirect }).end();
        return;
      }
      response.writeHead(what, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  res.track(server, (s) => {
    for (const r of hanging) r.destroy();
    s.closeAllConnections();
    return new Promise((done) => s.close(() => done(undefined)));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, hanging };
}
