import { workspaceKey } from '../api/credentials.ts';
import type { MapState } from '../doc/index.ts';

/* POST /api/maps/import, keeping the server's list of problems when it refuses the map. */

export type ImportOutcome = { ok: true; id: string } | { ok: false; problems: string[] };

/** Creates a map from export JSON; a refusal comes back as problems, never as a thrown error. */
export async function importMap(map: MapState): Promise<ImportOutcome> {
  const key = workspaceKey();
  let response: Response;
  try {
    response = await fetch('/api/maps/import', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(key ? { Authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify(map),
    });
  } catch {
    return {
      ok: false,
      problems: ['The server could not be reached. Check the connection and try again.'],
    };
  }
  const body = (await response.json().catch(() => null)) as {
    id?: string;
    error?: string;
    problems?: string[];
  } | null;
  if (response.ok && body?.id) return { ok: true, id: body.id };
  const problems = body?.problems?.length ? body.problems : [];
  return {
    ok: false,
    problems: [body?.error ?? `The server answered ${response.status}`, ...problems],
  };
}
