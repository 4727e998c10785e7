import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * Serves the built app from `root`. Paths without a file extension fall back to
 * index.html, so client-side routes like /maps/<id> load the app; a missing asset
 * (with an extension) stays a 404.
 */
export function serveApp(app: Hono, root: string): void {
  const indexHtml = serveStatic({ root, path: 'index.html' });
  app.get('*', serveStatic({ root }));
  app.get('*', async (c, next) => {
    const last = c.req.path.split('/').pop() ?? '';
    if (last.includes('.')) return next();
    return indexHtml(c, next);
  });
}
