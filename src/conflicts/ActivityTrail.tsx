import { useEffect, useId, useMemo, useState } from 'react';
import { onTrailChange, readTrail, type MapState, type TrailEntry } from '../doc/index.ts';
import { useMapDoc } from '../editor/MapContext.tsx';
import { usePresence } from '../editor/PresenceContext.tsx';
import { clockTime, trailByField } from './trailText.ts';

/**
 * The inspector's collapsible "Activity" section: per field, who set what and when, and which
 * values a concurrent edit replaced, from the trail every collaborator shares.
 */
export function ActivityTrail({
  collection,
  id,
  map,
}: {
  collection: TrailEntry['collection'];
  id: string;
  map: MapState;
}) {
  const doc = useMapDoc();
  const session = usePresence();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const [entries, setEntries] = useState(() => readTrail(doc, collection, id));
  useEffect(() => {
    const read = () => setEntries(readTrail(doc, collection, id));
    read();
    return onTrailChange(doc, read);
  }, [doc, collection, id]);
  const fields = useMemo(
    () =>
      trailByField(entries, {
        nameOfPerson: (p) => map.people.find((x) => x.id === p)?.name ?? null,
        nameOfClient: (c) => session?.peers().find((p) => p.clientId === c)?.name ?? null,
        time: (at) => clockTime(at),
      }),
    [entries, map.people, session],
  );
  const overwritten = fields.reduce((n, f) => n + f.overwritten, 0);

  return (
    <section aria-label="Activity" className="border-t border-slate-200 pt-3">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center gap-2 rounded-md text-left text-sm font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        <span aria-hidden="true" className={`transition-transform ${open ? 'rotate-90' : ''}`}>
          ▸
        </span>
        Activity
        {overwritten > 0 && (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
            {overwritten} overwritten
          </span>
        )}
      </button>
      {open && (
        <div id={listId} className="mt-2 flex flex-col gap-2 text-sm">
          {fields.length === 0 && <p className="text-slate-600">No edits recorded yet.</p>}
          {fields.map((f) => (
            <div key={f.field}>
              <h4 className="font-medium text-slate-800">{f.label}</h4>
              <ul aria-label={`${f.label} activity`} className="flex flex-col gap-0.5">
                {f.lines.map((line, i) => (
                  <li
                    key={i}
                    className={
                      line.includes('(overwritten by') ? 'text-amber-900' : 'text-slate-700'
                    }
                  >
                    {line}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
