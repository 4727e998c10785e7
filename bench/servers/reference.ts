import http from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

/*
 * The y-websocket reference server (@y/websocket-server 0.1.1, in memory), started the way its
 * own bin (src/server.js) does, except that it listens on 127.0.0.1 and PORT=0 is allowed and
 * reported: the bin prints the configured port, which is useless for a free port.
 */

const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`reference listening on http://127.0.0.1:${port}`);
});
