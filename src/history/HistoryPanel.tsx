import { useCallback, useEffect, useState } from 'react';
import { relativeTime } from '../ui/relativeTime.ts';
import type { MapState } from '../doc/index.ts';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import { useConnectionReason } from '../editor/useConnectionReason.ts';
import { GUARDED_LOOK, needsConnection } from '../ui/needsConnection.ts';
import { DiffList } from './DiffList.tsx';
import { SaveVersionForm } from './SaveVersionForm.tsx';
import { versionsApi, type VersionInfo } from '../api/versions.ts';
import { versionChoice, versionLabel } from './versionLabel.ts';

/** The map's versions, newest first: save a named one, preview, compare, restore. */
export function HistoryPanel({
  mapId,
  map,
  canEdit,
}: {
  mapId: string;
  map: MapState;
  canEdit: boolean;
}) {
  const ui = useUiStore();
  const past = useUi((s) => s.past);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('now');
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // Versions live on the server: saving, opening and restoring them need a connection.
  const offline = useConnectionReason();

  const reload = useCallback(
    () => versionsApi.list(mapId).then(setVersions, (e: Error) => setError(e.message)),
    [mapId],
  );
  useEffect(() => {
    void reload();
    const every = setInterval(() => void reload(), 15_000);
    return () => clearInterval(every);
  }, [reload]);

  const run = async (id: string, job: () => Promise<unknown>) => {
    setBusy(id);
    setError(null);
    try {
      await job();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const preview = (v: VersionInfo) =>
    run(v.id, async () => {
      const map = await versionsApi.state(mapId, v.id);
      ui.getState().showPast({ label: versionLabel(v), versionId: v.id, map });
    });
  const compare = (fromId: string, toId: string) =>
    run(fromId, async () => {
      const label = (id: string) =>
        id === 'now' ? 'now' : versionLabel(versions!.find((v) => v.id === id)!);
      const [before, after] = await Promise.all(
        [fromId, toId].map((id) =>
          id === 'now' ? Promise.resolve(map) : versionsApi.state(mapId, id),
        ),
      );
      ui.getState().showPast({
        label: `${label(fromId)} → ${label(toId)}`,
        versionId: null,
        map: after!,
        before: before!,
      });
    });
  const restore = (v: VersionInfo) =>
    ui.getState().askConfirm({
      title: `Restore “${versionLabel(v)}”?`,
      body: 'Everyone sees the map change to this version. The present state is saved as a version first, so you can go back.',
      confirmLabel: 'Restore',
      onConfirm: () =>
        void run(v.id, async () => {
          await versionsApi.restore(mapId, v.id);
          ui.getState().showPast(null);
          await reload();
        }),
    });

  return (
    <div className="flex flex-col gap-4">
      {past?.before && <DiffList before={past.before} after={past.map} />}
      {canEdit && !past && <SaveVersionForm mapId={mapId} onSaved={() => void reload()} />}
      {versions && versions.length > 0 && (
        <form
          aria-label="Compare versions"
          className="flex flex-wrap items-end gap-2 rounded-lg bg-slate-50 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            const first = from || versions[versions.length > 1 ? 1 : 0]!.id;
            void compare(first, to);
          }}
        >
          <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
            Compare
            <select
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              className="h-8 max-w-40 rounded-md border border-slate-300 px-1 text-sm"
            >
              <option value="">Previous version</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {versionChoice(v)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
            with
            <select
              value={to}
              onChange={(e) => setTo(e.target.value)}
              className="h-8 max-w-40 rounded-md border border-slate-300 px-1 text-sm"
            >
              <option value="now">Now</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {versionChoice(v)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            disabled={busy !== null}
            {...needsConnection(offline, () => {})}
            className={`h-8 rounded-md bg-indigo-600 px-3 text-sm font-medium text-white hover:bg-indigo-700 ${GUARDED_LOOK}`}
          >
            Compare
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {versions === null && !error && <p className="text-slate-500">Loading…</p>}
      {versions?.length === 0 && (
        <p className="text-slate-500">
          No versions yet. They are saved automatically after a burst of editing, or by name above.
        </p>
      )}
      <ol className="flex flex-col gap-2" aria-label="Versions">
        {versions?.map((v) => (
          <li key={v.id}>
            <article
              aria-label={versionLabel(v)}
              className="flex flex-col gap-1 rounded-lg p-3 ring-1 ring-slate-200"
            >
              <div className="flex items-baseline justify-between gap-2">
                <h3
                  className={`truncate font-semibold ${v.name ? 'text-slate-900' : 'text-slate-600'}`}
                >
                  {versionLabel(v)}
                </h3>
                <span className="shrink-0 text-xs text-slate-500">{relativeTime(v.createdAt)}</span>
              </div>
              {v.note && <p className="text-sm text-slate-700">{v.note}</p>}
              <p className="text-sm text-slate-600">{v.summary}</p>
              {v.authors.length > 0 && (
                <p className="text-xs text-slate-500">By {v.authors.join(', ')}</p>
              )}
              <div className="mt-1 flex gap-1">
                <button
                  type="button"
                  disabled={busy !== null}
                  {...needsConnection(offline, () => void preview(v))}
                  className={`rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 ${GUARDED_LOOK}`}
                >
                  Preview
                </button>
                <button
                  type="button"
                  disabled={busy !== null}
                  {...needsConnection(offline, () => void compare(v.id, 'now'))}
                  className={`rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 ${GUARDED_LOOK}`}
                >
                  Compare with now
                </button>
                {canEdit && (
                  <button
                    type="button"
                    disabled={busy !== null}
                    {...needsConnection(offline, () => restore(v))}
                    className={`rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 ${GUARDED_LOOK}`}
                  >
                    Restore
                  </button>
                )}
              </div>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
