import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ServerContext } from '../context.ts';
import type { Pipeline } from '../pipeline.ts';
import type { AuthEnv } from './auth.ts';
import { jsonError } from './errors.ts';
import { healthRoutes } from './health.ts';
import { mapRoutes } from './mapRoutes.ts';
import { serveApp } from './staticFiles.ts';

/** The HTTP side: health, the JSON API (maps, then each extension's routes), and the built app. */
export function createApp(
  context: ServerContext,
  pipeline: Pipeline,
  extra: (api: Hono<AuthEnv>) => void = () => {},
): Hono {
  const { config, log } = context;
  const app = new Hono();

  // Pages are opened with `?key=` or `?token=` in the address: never pass that on as a Referer.
  app.use('*', async (c, next) => {
    await next();
    c.header('Referrer-Policy', 'no-referrer');
  });

  healthRoutes(app, context);

  const limit = bodyLimit({
    maxSize: config.maxBodyBytes,
    onError: (c) => jsonError(c, 413, `Request body over ${config.maxBodyBytes} bytes`),
  });
  // Routes that stream their body (event logs) enforce their own, larger limit.
  app.use('/api/*', (c, next) =>
    pipeline.ownsBody(c.req.method, c.req.path.slice('/api'.length)) ? next() : limit(c, next),
  );
  const api = new Hono<AuthEnv>();
  mapRoutes(api, context);
  pipeline.routes(api);
  extra(api);
  app.route('/api', api);
  app.all('/api/*', (c) => jsonError(c, 404, 'No such endpoint'));
  // Sync takes WebSocket upgrades only (handled before a request reaches this app).
  const noSync = (c: Context) =>
    jsonError(c, 404, 'No such endpoint: /collab/<room> takes WebSocket connections only');
  app.all('/collab', noSync);
  app.all('/collab/*', noSync);

  if (config.staticDir) serveApp(app, config.staticDir);

  app.notFound((c) => jsonError(c, 404, 'Not found'));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      return jsonError(c, error.status as ContentfulStatusCode, error.message || 'Bad request');
    }
    // The path only: query strings and headers may carry credentials.
    log(`HTTP ${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}`);
    return jsonError(c, 500, 'Internal server error');
  });

  return app;
}
