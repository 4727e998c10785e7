import { addAction, type CardData, type MapState } from '../../doc/index.ts';
import { STATUS_LABELS } from '../../ui/labels.ts';
import { useMapDoc, useUiStore } from '../../editor/MapContext.tsx';

/** The actions linked to a card, and "Create action" for pain points and opportunities. */
export function CardActions({
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
  const linked = map.actions.filter((a) => a.cardIds.includes(card.id));
  const actionable = card.kind === 'painpoint' || card.kind === 'opportunity';
  if (!actionable && linked.length === 0) return null;
  return (
    <section className="flex flex-col gap-2" aria-label="Actions">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold text-slate-900">Actions</h3>
        {!readOnly && actionable && (
          <button
            type="button"
            onClick={() => {
              addAction(doc, { title: card.title, cardIds: [card.id], ownerId: card.ownerId });
              ui.getState().openPanel('actions');
            }}
            className="rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
          >
            Create action
          </button>
        )}
      </div>
      {linked.length === 0 && (
        <p className="text-sm text-slate-500">No action addresses this yet.</p>
      )}
      <ul className="flex flex-col gap-1">
        {linked.map((a) => (
          <li
            key={a.id}
            className="flex items-center justify-between gap-2 rounded-md bg-slate-50 px-2 py-1 text-sm"
          >
            <span className="truncate text-slate-800">{a.title}</span>
            <span className="shrink-0 text-slate-500">{STATUS_LABELS[a.status]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
