import { api, type Target } from './helpers.ts';

/* Helpers for tests of participant identity and comments. */

/** Joins a map as `name` with `token` (default: the workspace key); returns the participant. */
export async function join(target: Target, mapId: string, name: string, token?: string) {
  const { status, body } = await api(target, token).post(`/api/maps/${mapId}/participants`, {
    name,
  });
  if (status !== 201) throw new Error(`join failed: ${status} ${JSON.stringify(body)}`);
  return body as { participant: { id: string; name: string; color: string }; token: string };
}

/** The comments API of one map as one participant (its credential and participant token). */
export function commentsAs(
  target: Target,
  mapId: string,
  credential: string | null,
  participant: string | null,
) {
  const base = `http://localhost:${target.port}/api/maps/${mapId}/threads`;
  const send = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (credential) headers.authorization = `Bearer ${credential}`;
    if (participant) headers['x-trailmap-participant'] = participant;
    const response = await fetch(base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json: any = text ? JSON.parse(text) : null;
    return { status: response.status, body: json };
  };
  return {
    start: (body: unknown) => send('POST', '', body),
    reply: (threadId: string, body: unknown) => send('POST', `/${threadId}/messages`, body),
    edit: (threadId: string, messageId: string, body: unknown) =>
      send('PATCH', `/${threadId}/messages/${messageId}`, body),
    remove: (threadId: string, messageId: string) =>
      send('DELETE', `/${threadId}/messages/${messageId}`),
    resolve: (threadId: string, resolved: boolean) =>
      send('PUT', `/${threadId}/resolved`, { resolved }),
    removeThread: (threadId: string) => send('DELETE', `/${threadId}`),
  };
}

/** Joins as `name` and returns that participant's comments API. */
export async function commenter(target: Target, mapId: string, name: string, token?: string) {
  const joined = await join(target, mapId, name, token);
  return {
    ...joined,
    comments: commentsAs(target, mapId, token ?? target.workspaceKey, joined.token),
  };
}
