import type { MapState } from '../doc/index.ts';
import { ActivityMapping } from './ActivityMapping.tsx';
import { ImportLog } from './ImportLog.tsx';
import { useObserved } from './ObservedContext.tsx';
import { SetList } from './SetList.tsx';
import { TopPaths } from './TopPaths.tsx';

/** The Observed panel: import event logs, pick the set the map shows, map activities, top paths. */
export function ObservedPanel({ map }: { map: MapState }) {
  const observed = useObserved();
  if (!observed) return null;
  return (
    <div className="flex flex-col gap-5">
      <p className="text-xs text-slate-600">
        Only the figures of an event log are kept on the server (counts, transitions, the most
        frequent paths) — never its raw events or case ids.
      </p>
      {observed.canEdit && <ImportLog />}
      <SetList />
      {observed.error && (
        <p role="alert" className="text-sm text-red-800">
          {observed.error}
        </p>
      )}
      {observed.loading && <p className="text-sm text-slate-600">Loading the observed figures…</p>}
      <TopPaths />
      <ActivityMapping map={map} />
    </div>
  );
}
