import type { MapState } from '../../src/doc/index.ts';
import { apiHeaders } from './access.ts';

/* Trailmap's HTTP API, as much of it as the benchmarks need. */

export interface CreatedMap {
  id: string;
  /** An editor share link's token: what the sync clients present. */
  token: string;
}

async function post<T>(base: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...apiHeaders() },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 201) {
    throw new Error(`POST ${path} → ${response.status}: ${text.slice(0, 500)}`);
  }
  return JSON.parse(text) as T;
}

async function withEditorLink(base: string, id: string): Promise<CreatedMap> {
  const link = await post<{ token: string }>(base, `/api/maps/${id}/links`, { role: 'editor' });
  return { id, token: link.token };
}

/** Creates a map from a template, with an editor link. */
export async function createMap(base: string, title: string, template = 'ecommerce') {
  const { id } = await post<{ id: string }>(base, '/api/maps', { title, template });
  return withEditorLink(base, id);
}

/** Creates a map with exactly this content, with an editor link. */
export async function importMap(base: string, map: MapState) {
  const { id } = await post<{ id: string }>(base, '/api/maps/import', map);
  return withEditorLink(base, id);
}

/** The map as export JSON. */
export async function exportMap(base: string, id: string): Promise<MapState> {
  const response = await fetch(`${base}/api/maps/${id}/export`, { headers: apiHeaders() });
  if (!response.ok) throw new Error(`export ${id} → ${response.status}`);
  return (await response.json()) as MapState;
}
