import { mapCredential, workspaceKey } from './credentials.ts';

/* The REST API as typed functions; every failure becomes an Error with the server's message. */

export interface MapSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

/** What a credential may do on a map; the server decides, the UI only mirrors it. */
export const ROLES = ['owner', 'editor', 'commenter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Narrows a stored string to a role. */
export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);

export type LinkRole = 'editor' | 'commenter' | 'viewer';

export interface ShareLink {
  id: string;
  role: LinkRole;
  /** Whether its holders may read the version history (editor links always may). */
  history: boolean;
  createdAt: string;
}

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
}

/** An API error that keeps the HTTP status, so pages can tell "sign in" from "not found". */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * Whether a failed request may succeed if simply sent again later: no answer at all (offline,
 * server down), a gateway or server error, or "too many requests". A 4xx is a refusal.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status >= 500 || error.status === 429 || error.status === 408;
}

export async function request<T>(
  path: string,
  init?: RequestInit,
  credential = workspaceKey(),
): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
      ...init?.headers,
    },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new ApiError(body?.error ?? `The server answered ${response.status}`, response.status);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const api = {
  listMaps: () => request<{ maps: MapSummary[] }>('/api/maps').then((r) => r.maps),
  listTemplates: () =>
    request<{ templates: TemplateInfo[] }>('/api/templates').then((r) => r.templates),
  getMap: (id: string) =>
    request<MapSummary>(`/api/maps/${encodeURIComponent(id)}`, undefined, mapCredential(id)),
  access: (id: string) =>
    request<{ role: Role; history: boolean; mapId: string; title: string }>(
      `/api/maps/${encodeURIComponent(id)}/access`,
      undefined,
      mapCredential(id),
    ),
  createMap: (title: string, template: string) =>
    request<{ id: string }>('/api/maps', {
      method: 'POST',
      body: JSON.stringify({ title, template }),
    }),
  listLinks: (id: string) =>
    request<{ links: ShareLink[] }>(`/api/maps/${encodeURIComponent(id)}/links`).then(
      (r) => r.links,
    ),
  createLink: (id: string, role: LinkRole, history = false) =>
    request<ShareLink & { token: string; url: string }>(
      `/api/maps/${encodeURIComponent(id)}/links`,
      { method: 'POST', body: JSON.stringify({ role, history }) },
    ),
  revokeLink: (id: string, linkId: string) =>
    request<void>(`/api/maps/${encodeURIComponent(id)}/links/${encodeURIComponent(linkId)}`, {
      method: 'DELETE',
    }),
  deleteMap: (id: string) =>
    request<void>(`/api/maps/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
