import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * The server's own paths however spelled (`/API/maps`, `/api;x`, `//collab/x`, `/healthz/`):
 * a client that gets one wrong must get a JSON 404, not the app's page with a 200.
 */
const SERVER_PATH = /^\/+(?:api|collab|healthz)(?![a-z0-9_-])/i;

/**
 * Serves the built app from `root`. Paths without a file extension fall back to
 * index.html, so client-side routes like /maps/<id> load the app; a missing asset
 * (with an extension) and the server's own paths stay a 404.
 */
export function serveApp(app: Hono, root: string): void {
  const indexHtml = serveStatic({ root, path: 'index.html' });
  app.get('*', serveStatic({ root }));
  app.get('*', async (c, next) => {
    const last = c.req.path.split('/').pop() ?? '';
    if (last.includes('.') || SERVER_PATH.test(c.req.path)) return next();
    return indexHtml(c, next);
  });
}
