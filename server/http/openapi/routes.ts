import type { Hono } from 'hono';
import type { AuthEnv } from '../auth.ts';
import { openApiDocument } from './document.ts';

/* /api/openapi.json (the API described) and /api/docs (that description, readable). */

// Scalar's API reference, a maintained renderer of OpenAPI documents, pinned to one version.
const RENDERER = 'https://cdn.jsdelivr.net/npm/@scalar/api-reference@1.34.6';

const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Trailmap API reference</title>
  </head>
  <body>
    <noscript>The API reference needs JavaScript; the description itself is at /api/openapi.json.</noscript>
    <script id="api-reference" data-url="/api/openapi.json"></script>
    <script src="${RENDERER}"></script>
  </body>
</html>`;

/** Adds the description routes; `routes` lists what the server answers (to check against). */
export function describeApi(api: Hono<AuthEnv>, _routes: () => { method: string; path: string }[]) {
  let document: unknown = null;
  api.get('/openapi.json', (c) => c.json((document ??= openApiDocument())));
  api.get('/docs', (c) => c.html(DOCS_PAGE));
}
