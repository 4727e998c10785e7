import { useId, useState } from 'react';
import {
  CONNECTION_KINDS,
  addConnection,
  deleteConnection,
  type CardData,
  type ConnectionKind,
  type MapState,
} from '../doc/index.ts';
import { useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { TrashIcon } from '../ui/icons.tsx';
import { KIND_LABELS, STATUS_LABELS } from '../ui/connectionLook.ts';
import { inputClass } from '../ui/fields.tsx';

/**
 * The lines to and from a card, each opening its own inspector, and "Connect to…": the
 * keyboard's way to draw a line (the shortcut C comes here).
 */
export function CardConnections({
  card,
  map,
  readOnly,
}: {
  card: CardData;
  map: MapState;
  readOnly: boolean;
}) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const id = useId();
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<ConnectionKind>('flow');
  const title = (cardId: string) =>
    map.cards.find((c) => c.id === cardId)?.title || 'Untitled card';
  const lines = map.connections.filter((c) => c.from === card.id || c.to === card.id);
  const stages = map.stages.map((stage) => ({
    stage,
    cards: map.cards.filter((c) => c.stageId === stage.id && c.id !== card.id),
  }));
  const lanes = new Map(map.lanes.map((l) => [l.id, l.name]));

  const connect = () => {
    const made = target && addConnection(doc, { from: card.id, to: target, kind });
    if (!made) return;
    setTarget('');
    ui.getState().select({ kind: 'connection', id: made });
  };

  return (
    <section className="flex flex-col gap-2" aria-label="Connections">
      <h3 className="text-sm font-semibold text-slate-900">Connections</h3>
      {lines.length === 0 ? (
        <p className="text-sm text-slate-500">Not connected to other cards.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {lines.map((c) => {
            const outgoing = c.from === card.id;
            const other = title(outgoing ? c.to : c.from);
            const detail = [KIND_LABELS[c.kind], c.label, c.status && STATUS_LABELS[c.status]]
              .filter(Boolean)
              .join(' · ');
            return (
              <li
                key={c.id}
                className="flex items-center gap-1 rounded-md bg-slate-50 pl-2 text-sm"
              >
                <button
                  type="button"
                  className="min-w-0 flex-1 truncate py-1 text-left text-slate-800 hover:text-indigo-800"
                  onClick={() => ui.getState().select({ kind: 'connection', id: c.id })}
                >
                  {outgoing ? '→' : '←'} {other}
                  <span
                    className={
                      c.status === 'missing' || c.status === 'broken'
                        ? 'text-red-700'
                        : 'text-slate-500'
                    }
                  >
                    {' '}
                    ({detail})
                  </span>
                </button>
                {!readOnly && (
                  <IconButton
                    label={`Delete connection ${outgoing ? 'to' : 'from'} ${other}`}
                    onClick={() => deleteConnection(doc, c.id)}
                  >
                    <TrashIcon />
                  </IconButton>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && (
        <form
          className="flex flex-col gap-2 rounded-lg bg-slate-50 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            connect();
          }}
        >
          <label htmlFor={`${id}-to`} className="text-sm font-medium text-slate-700">
            Connect to…
          </label>
          <select
            id={`${id}-to`}
            data-connect-to
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            className={inputClass}
          >
            <option value="">Choose a card</option>
            {stages.map(({ stage, cards }) =>
              cards.length === 0 ? null : (
                <optgroup key={stage.id} label={stage.name || 'Untitled stage'}>
                  {cards.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title || 'Untitled card'} ({lanes.get(c.laneId)})
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </select>
          <div className="flex items-end gap-2">
            <label className="flex flex-1 flex-col gap-1 text-sm font-medium text-slate-700">
              Connection kind
              <select
                value={kind}
                onChange={(e) => setKind(e.target.value as ConnectionKind)}
                className={inputClass}
              >
                {CONNECTION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="submit"
              disabled={!target}
              className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-40"
            >
              Connect
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
