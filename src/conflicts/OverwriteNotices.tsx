import { useEffect, useRef, useState } from 'react';
import {
  markOverwritten,
  readTrail,
  reapply,
  watchOverwrites,
  watchTrail,
  type MapState,
  type Overwrite,
} from '../doc/index.ts';
import { useCanEdit, useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { usePresence } from '../editor/PresenceContext.tsx';
import { fieldName, valueText } from '../ui/changeText.ts';

/** How many notices stay listed at most (the newest). */
const SHOWN = 4;

const NAMES = {
  stages: 'stage',
  lanes: 'lane',
  cards: 'card',
  personas: 'persona',
  people: 'person',
  kpis: 'KPI',
  actions: 'action',
  connections: 'line',
  systems: 'system',
} as const;

const quoted = (text: string) => `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;

/** "card “Checkout”", "the map". */
function placeOf(o: Overwrite, map: MapState): string {
  if (o.collection === 'meta') return 'the map';
  const entry = (map[o.collection] as { id: string; name?: string; title?: string }[]).find(
    (e) => e.id === o.id,
  );
  const label = entry?.title ?? entry?.name;
  return `${NAMES[o.collection]}${label ? ` ${quoted(label)}` : ''}`;
}

const sameField = (a: Overwrite, b: Overwrite) =>
  a.collection === b.collection && a.id === b.id && a.field === b.field;

/**
 * Tells you when a colleague's edit, made without seeing yours (at the same moment, or while
 * one of you was offline), replaced a value you had set: where, by whom, what you had, and
 * one click to set it again.
 */
export function OverwriteNotices({ map }: { map: MapState }) {
  const doc = useMapDoc();
  const session = usePresence();
  const canEdit = useCanEdit();
  const ui = useUiStore();
  const [notices, setNotices] = useState<Overwrite[]>([]);
  // Read when needed: a new session must not restart the watchers, which remember your edits.
  const sessionRef = useRef(session);
  sessionRef.current = session;
  useEffect(() => {
    const notify = (o: Overwrite) =>
      setNotices((list) => [...list.filter((x) => !sameField(x, o)), o].slice(-SHOWN));
    if (!canEdit) return watchOverwrites(doc, notify);
    // Editors also keep the fields' activity trail: their own edits, and what was overwritten.
    const me = () => sessionRef.current?.presence?.name ?? 'Someone';
    const peerName = (client: number) =>
      sessionRef.current?.peers().find((p) => p.clientId === client)?.name ?? null;
    const stopTrail = watchTrail(doc, me);
    const stop = watchOverwrites(doc, (o) => {
      notify(o);
      markOverwritten(doc, o, me(), peerName(o.byClient));
    });
    return () => {
      stopTrail();
      stop();
    };
  }, [doc, canEdit]);
  if (notices.length === 0) return null;

  const nameOfPerson = (id: string) => map.people.find((p) => p.id === id)?.name ?? null;
  // Who wrote it: from presence, else from their own entry in the field's trail (an offline
  // edit may arrive before its author's presence does).
  const author = (o: Overwrite) =>
    session?.peers().find((p) => p.clientId === o.byClient)?.name ??
    (o.collection !== 'meta' && o.id
      ? readTrail(doc, o.collection, o.id).find((e) => e.client === o.byClient)?.by
      : null) ??
    'A colleague';
  const dismiss = (o: Overwrite) => setNotices((list) => list.filter((x) => x !== o));
  const show = (o: Overwrite) => {
    if (o.collection === 'cards' || o.collection === 'stages' || o.collection === 'lanes')
      ui.getState().select({ kind: o.collection.slice(0, -1) as 'card', id: o.id! });
  };
  const text = (o: Overwrite, value: unknown) =>
    typeof value === 'string' && value ? quoted(value) : valueText(o, value, nameOfPerson);

  return (
    <section
      aria-label="Edits of yours that were replaced"
      className="mt-14 flex w-[26rem] flex-col gap-2"
    >
      {notices.map((o) => (
        <article
          key={`${o.collection}/${o.id}/${o.field}/${o.at}`}
          role="alert"
          className="rounded-lg bg-white p-3 text-sm text-slate-800 shadow-lg ring-1 ring-amber-400"
        >
          <p>
            <strong className="font-semibold">{author(o)}</strong> changed the{' '}
            {fieldName(o.field).toLowerCase()} of {placeOf(o, map)} without seeing your change.
          </p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-slate-700">
            <dt className="font-medium">Yours</dt>
            <dd className="break-words">{text(o, o.mine)}</dd>
            <dt className="font-medium">Now</dt>
            <dd className="break-words">{text(o, o.theirs)}</dd>
          </dl>
          <div className="mt-2 flex gap-1">
            {canEdit && (
              <button
                type="button"
                onClick={() => {
                  reapply(doc, o);
                  dismiss(o);
                }}
                className="rounded-md bg-indigo-600 px-2.5 py-1 font-medium text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-500"
              >
                Use mine
              </button>
            )}
            {o.id && o.collection !== 'meta' && (
              <button
                type="button"
                onClick={() => show(o)}
                className="rounded-md px-2.5 py-1 font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-500"
              >
                Show
              </button>
            )}
            <button
              type="button"
              onClick={() => dismiss(o)}
              className="ml-auto rounded-md px-2.5 py-1 font-medium text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500"
            >
              Keep theirs
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
