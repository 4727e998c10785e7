import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Access } from '../auth/access.ts';
import type { Links } from '../links.ts';
import type { Maps } from '../maps.ts';
import type { Store } from '../store/store.ts';
import type { Workshop } from '../workshop/workshop.ts';
import { jsonError } from './errors.ts';
import { kpiRoutes } from './kpiRoutes.ts';
import { linkRoutes } from './linkRoutes.ts';
import { mapRoutes } from './mapRoutes.ts';
import { serveApp } from './staticFiles.ts';
import type { Versions } from '../versions/versions.ts';
import { versionRoutes } from './versionRoutes.ts';
import { voteRoutes } from './voteRoutes.ts';

export interface AppOptions {
  store: Store;
  maps: Maps;
  links: Links;
  access: Access;
  versions: Versions;
  workshop: Workshop;
  staticDir: string | null;
  maxBodyBytes: number;
  log: (line: string) => void;
}

/** The HTTP side: health, the JSON API, and the built app. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();

  // Pages are opened with `?key=` or `?token=` in the address: never pass that on as a Referer.
  app.use('*', async (c, next) => {
    await next();
    c.header('Referrer-Policy', 'no-referrer');
  });

  app.get('/healthz', (c) => c.json({ ok: true }));

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes,
      onError: (c) => jsonError(c, 413, `Request body over ${options.maxBodyBytes} bytes`),
    }),
  );
  app.route('/api', mapRoutes(options.store, options.maps, options.access));
  app.route('/api', linkRoutes(options.store, options.links, options.access));
  app.route('/api', kpiRoutes(options.maps, options.access));
  app.route('/api', versionRoutes(options.versions, options.access));
  app.route('/api', voteRoutes(options.workshop, options.access));
  app.all('/api/*', (c) => jsonError(c, 404, 'No such endpoint'));

  if (options.staticDir) serveApp(app, options.staticDir);

  app.notFound((c) => jsonError(c, 404, 'Not found'));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      return jsonError(c, error.status as ContentfulStatusCode, error.message || 'Bad request');
    }
    // The path only: query strings and headers may carry credentials.
    options.log(`HTTP ${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}`);
    return jsonError(c, 500, 'Internal server error');
  });

  return app;
}
