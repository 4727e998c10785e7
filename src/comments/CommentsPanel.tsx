import { nanoid } from 'nanoid';
import { useEffect, useMemo, useState } from 'react';
import type { Anchor, MapState } from '../doc/index.ts';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import { useCommentsContext } from './CommentsContext.tsx';
import { Composer } from './Composer.tsx';
import { loadSeen, saveSeen } from './readState.ts';
import type { ShownThread } from './pending.ts';
import { ThreadView } from './ThreadView.tsx';

type Show = 'open' | 'resolved' | 'all';

/** All comment threads, filterable by state and by who is mentioned, with unread counts. */
export function CommentsPanel({ map }: { map: MapState }) {
  const { mapId, threads, canComment, submit } = useCommentsContext();
  const selection = useUi((s) => s.selection);
  const ui = useUiStore();
  const [show, setShow] = useState<Show>('open');
  const [mentioned, setMentioned] = useState('');
  const [seen, setSeen] = useState(() => loadSeen(mapId));

  const anchor = useMemo<Anchor>(
    () =>
      selection?.kind === 'card' || selection?.kind === 'stage'
        ? { kind: selection.kind, id: selection.id }
        : { kind: 'map' },
    [selection],
  );
  const labelOf = (a: Anchor) => {
    if (a.kind === 'map') return 'The map';
    const found =
      a.kind === 'card'
        ? map.cards.find((c) => c.id === a.id)?.title
        : map.stages.find((s) => s.id === a.id)?.name;
    return found ? `${a.kind === 'card' ? 'Card' : 'Stage'} ${found}` : `A deleted ${a.kind}`;
  };
  const unread = (personId: string) =>
    threads
      .flatMap((t) => t.messages)
      .filter((m) => m.mentions.includes(personId) && !seen.has(m.id)).length;

  const shown = useMemo(
    () =>
      threads
        .filter((t) => show === 'all' || (show === 'resolved') === t.resolved)
        .filter((t) => !mentioned || t.messages.some((m) => m.mentions.includes(mentioned)))
        .sort((a, b) => Number(sameAnchor(b, anchor)) - Number(sameAnchor(a, anchor))),
    [threads, show, mentioned, anchor],
  );

  // Looking at someone's mentions marks them read.
  useEffect(() => {
    if (!mentioned) return;
    const ids = shown
      .flatMap((t) => t.messages)
      .filter((m) => m.mentions.includes(mentioned))
      .map((m) => m.id);
    if (ids.every((id) => seen.has(id))) return;
    const next = new Set([...seen, ...ids]);
    saveSeen(mapId, next);
    setSeen(next);
  }, [mentioned, shown, seen, mapId]);

  return (
    <div className="flex flex-col gap-4">
      {canComment && (
        <Composer
          label={`Comment on ${labelOf(anchor).toLowerCase() === 'the map' ? 'the map' : labelOf(anchor)}`}
          people={map.people}
          submitLabel="Comment"
          onSubmit={(text, mentions) =>
            submit({ kind: 'thread', threadId: nanoid(10), anchor, text, mentions })
          }
        />
      )}
      <div className="flex flex-wrap items-center gap-2">
        <div
          role="radiogroup"
          aria-label="Show threads"
          className="flex rounded-lg bg-slate-100 p-0.5"
        >
          {(['open', 'resolved', 'all'] as const).map((s) => (
            <button
              key={s}
              type="button"
              role="radio"
              aria-checked={show === s}
              onClick={() => setShow(s)}
              className={`rounded-md px-2.5 py-1 text-sm capitalize ${show === s ? 'bg-white font-semibold shadow-sm' : 'text-slate-600'}`}
            >
              {s}
            </button>
          ))}
        </div>
        <select
          aria-label="Mentions"
          value={mentioned}
          onChange={(e) => setMentioned(e.target.value)}
          className="h-8 min-w-0 flex-1 rounded-md border border-slate-300 px-2 text-sm"
        >
          <option value="">Everyone’s threads</option>
          {map.people.map((p) => {
            const n = unread(p.id);
            return (
              <option key={p.id} value={p.id}>
                Mentions of {p.name}
                {n > 0 ? ` (${n} unread)` : ''}
              </option>
            );
          })}
        </select>
      </div>
      {shown.length === 0 && (
        <p className="text-slate-500">
          No {show === 'all' ? '' : show} threads{mentioned ? ' mentioning them' : ''}.
        </p>
      )}
      {shown.map((thread) => (
        <ThreadView
          key={thread.id}
          thread={thread}
          anchorLabel={labelOf(thread.anchor)}
          people={map.people}
          onShowAnchor={() =>
            thread.anchor.kind !== 'map' &&
            ui.getState().select({ kind: thread.anchor.kind, id: thread.anchor.id })
          }
        />
      ))}
    </div>
  );
}

function sameAnchor(t: ShownThread, a: Anchor): boolean {
  return (
    t.anchor.kind === a.kind &&
    (a.kind === 'map' || (t.anchor.kind !== 'map' && t.anchor.id === a.id))
  );
}
