/*
 * Where this browser keeps what lets it in: the workspace key (from a sign-in link
 * `/?key=…`) and per-map share-link tokens (from `/maps/<id>?token=…`). Both are
 * taken out of the address bar at once so they do not linger in history or screenshots.
 */

const KEY = 'trailmap:key';
const tokenKey = (mapId: string) => `trailmap:token:${mapId}`;

function read(name: string): string | null {
  try {
    return localStorage.getItem(name);
  } catch {
    return null;
  }
}

/** Moves `?key=` and `?token=` from the current URL into storage. Call once at start-up. */
export function captureCredentials(location: Location, history: History): void {
  const url = new URL(location.href);
  const key = url.searchParams.get('key');
  const token = url.searchParams.get('token');
  if (!key && !token) return;
  if (key) localStorage.setItem(KEY, key);
  // An embed's address carries its viewer token the way a share link does.
  const mapId = /^\/(?:maps|embed)\/([^/]+)/.exec(url.pathname)?.[1];
  if (token && mapId) localStorage.setItem(tokenKey(decodeURIComponent(mapId)), token);
  url.searchParams.delete('key');
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

/** The workspace key, if this browser was signed in with one. */
export function workspaceKey(): string | null {
  return read(KEY);
}

/** Stores a workspace key typed in by hand. */
export function saveWorkspaceKey(key: string): void {
  localStorage.setItem(KEY, key.trim());
}

/** The credential to use for one map: the workspace key, else that map's link token. */
export function mapCredential(mapId: string): string | null {
  return read(KEY) ?? read(tokenKey(mapId));
}

/** What the server said of a credential on a map, kept for opening it offline. */
export interface RememberedAccess<R extends string = string> {
  role: R;
  title: string;
  history: boolean;
}

export function rememberAccess(mapId: string, access: RememberedAccess): void {
  try {
    localStorage.setItem(`trailmap:access:${mapId}`, JSON.stringify(access));
  } catch {
    // Storage full or blocked: offline reopening is then unavailable, nothing else.
  }
}

export function rememberedAccess<R extends string>(mapId: string): RememberedAccess<R> | null {
  try {
    const value = JSON.parse(read(`trailmap:access:${mapId}`) ?? 'null') as {
      role?: R;
      title?: string;
      history?: boolean;
    } | null;
    return value?.role && typeof value.title === 'string'
      ? { role: value.role, title: value.title, history: value.history === true }
      : null;
  } catch {
    return null;
  }
}
