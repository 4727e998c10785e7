import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error shape of the API: `{ error, ...details }`. */
export function jsonError(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  details: Record<string, unknown> = {},
) {
  return c.json({ error, ...details }, status);
}

/** Reads a JSON body; undefined if it is not valid JSON. */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text()) as unknown;
  } catch {
    return undefined;
  }
}

/** Answers with JSON that is already encoded (e.g. by a worker thread). */
export function jsonBody(c: Context, json: Uint8Array<ArrayBuffer>) {
  return c.body(json, 200, { 'content-type': 'application/json' });
}
