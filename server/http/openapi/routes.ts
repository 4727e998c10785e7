import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import type { AuthEnv } from '../auth.ts';
import { openApiDocument } from './document.ts';

/*
 * /api/openapi.json (the API described) and /api/docs (that description, readable). The page is
 * Swagger UI, a maintained renderer of OpenAPI documents, served from this server's own copy
 * (the swagger-ui-dist package), so the reference works on a network without the internet.
 */

const RENDERER_DIR = dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);

// What the page loads, by the name it asks for: file in the package, and its type.
const ASSETS: Record<string, [file: string, type: string]> = {
  'swagger-ui-bundle.js': ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
  'swagger-ui.css': ['swagger-ui.css', 'text/css; charset=utf-8'],
  'start.js': ['', 'text/javascript; charset=utf-8'],
};

// Started from a file of its own rather than inline, so a strict Content-Security-Policy holds.
const START = `window.addEventListener('load', () => {
  window.SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#api-reference', deepLinking: true });
});
`;

const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Trailmap API reference</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
  </head>
  <body>
    <noscript>The API reference needs JavaScript; the description itself is at /api/openapi.json.</noscript>
    <main id="api-reference" data-url="/api/openapi.json"></main>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/start.js"></script>
  </body>
</html>`;

/** Adds the description routes; `routes` lists what the server answers (to check against). */
export function describeApi(api: Hono<AuthEnv>, _routes: () => { method: string; path: string }[]) {
  let document: unknown = null;
  const assets = new Map<string, Promise<Buffer | string>>();
  api.get('/openapi.json', (c) => c.json((document ??= openApiDocument())));
  api.get('/docs', (c) => c.html(DOCS_PAGE));
  api.get('/docs/:asset', async (c) => {
    const name = c.req.param('asset');
    const asset = ASSETS[name];
    if (!asset) return c.json({ error: 'No such file' }, 404);
    const [file, type] = asset;
    if (!assets.has(name))
      assets.set(name, file ? readFile(join(RENDERER_DIR, file)) : Promise.resolve(START));
    const body = await assets.get(name)!;
    return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
}
