import { useEffect, useState } from 'react';
import { versionsApi } from '../api/versions.ts';
import type { MapState } from '../doc/index.ts';

/** The newest saved version of a map, to compare today's health with. */
export type LastVersion =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'error'; message: string }
  | { status: 'ready'; name: string | null; auto: boolean; createdAt: string; map: MapState };

/** Fetches the newest version once per panel opening (two requests); no polling. */
export function useLastVersion(mapId: string | undefined): LastVersion {
  const [state, setState] = useState<LastVersion>({ status: 'loading' });
  useEffect(() => {
    if (!mapId) return;
    let live = true;
    (async () => {
      const versions = await versionsApi.list(mapId);
      // The server lists versions newest first.
      const newest = versions[0];
      if (!newest) return { status: 'none' } as const;
      const map = await versionsApi.state(mapId, newest.id);
      return { status: 'ready', ...newest, map } as const;
    })().then(
      (next) => live && setState(next),
      (error: Error) => live && setState({ status: 'error', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [mapId]);
  return mapId ? state : { status: 'none' };
}
