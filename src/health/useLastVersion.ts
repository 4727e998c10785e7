import { useEffect, useState } from 'react';
import { versionsApi, type VersionInfo } from '../api/versions.ts';
import type { MapState } from '../doc/index.ts';

/** A saved version of a map to compare today's health with: the newest, or one picked. */
export type LastVersion =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      /** Every version, newest first, for the picker. */
      versions: VersionInfo[];
      chosen: VersionInfo;
      map: MapState;
    };

/**
 * Lists the map's versions once per panel opening and fetches the state of the chosen one
 * (the newest until another is picked); no polling.
 */
export function useLastVersion(mapId: string | undefined): {
  last: LastVersion;
  choose(versionId: string): void;
} {
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [state, setState] = useState<LastVersion>({ status: 'loading' });

  useEffect(() => {
    if (!mapId) return;
    let live = true;
    versionsApi.list(mapId).then(
      (list) => {
        if (!live) return;
        setVersions(list);
        // The server lists versions newest first.
        if (list.length === 0) setState({ status: 'none' });
        else setChosenId(list[0]!.id);
      },
      (error: Error) => live && setState({ status: 'error', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [mapId]);

  useEffect(() => {
    const chosen = versions?.find((v) => v.id === chosenId);
    if (!mapId || !versions || !chosen) return;
    let live = true;
    versionsApi.state(mapId, chosen.id).then(
      (map) => live && setState({ status: 'ready', versions, chosen, map }),
      (error: Error) => live && setState({ status: 'error', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [mapId, versions, chosenId]);

  return { last: mapId ? state : { status: 'none' }, choose: setChosenId };
}
