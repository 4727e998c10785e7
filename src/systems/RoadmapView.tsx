import {
  addAction,
  relianceOf,
  roadmapQuadrant,
  type CardData,
  type MapState,
} from '../doc/index.ts';
import { useMapDoc, useUi, useUiStore } from '../editor/MapContext.tsx';
import { actionForSystem } from './actionFrom.ts';
import { RoadmapChart } from './RoadmapChart.tsx';
import { QUADRANT_LABELS } from './roadmapGeometry.ts';

const link =
  'rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-500';

/** The roadmap chart and, under it, the picked system with the cards that rely on it. */
export function RoadmapView({ map, readOnly }: { map: MapState; readOnly: boolean }) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const focusedId = useUi((s) => s.focusedSystem);
  const focused = map.systems.find((s) => s.id === focusedId) ?? null;
  if (map.systems.length === 0)
    return <p className="text-slate-500">Add systems to the catalogue to place them here.</p>;
  const reliance = relianceOf(map);
  // In the order of the journey: stage by stage, lane by lane.
  const stageAt = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneAt = new Map(map.lanes.map((l, i) => [l.id, i]));
  const place = (c: CardData) => (stageAt.get(c.stageId) ?? 0) * 1000 + (laneAt.get(c.laneId) ?? 0);
  const cards = focused
    ? [
        ...(reliance.cardsOf.get(focused.id) ?? []),
        ...(reliance.usersOf.get(focused.id) ?? []),
      ].sort((a, b) => place(a) - place(b))
    : [];
  const fixFirst = map.systems.filter((s) => roadmapQuadrant(s) === 'fix-first');
  return (
    <div className="flex flex-col gap-3">
      <RoadmapChart
        systems={map.systems}
        focused={focusedId}
        readOnly={readOnly}
        onFocus={(id) => ui.getState().focusSystem(id)}
      />
      <p className="text-sm text-slate-600">
        {fixFirst.length === 0
          ? 'Nothing to fix first: no important system is immature.'
          : `Fix first: ${fixFirst.map((s) => s.name).join(', ')}.`}{' '}
        Drag a dot, or focus it and use the arrow keys, to re-score it.
      </p>
      {focused && (
        <section
          aria-label={`Picked system ${focused.name}`}
          className="flex flex-col gap-2 rounded-lg bg-amber-50 p-3 ring-1 ring-amber-200"
        >
          <h3 className="font-semibold text-slate-900">{focused.name || 'Untitled system'}</h3>
          <p className="text-sm text-slate-700">
            Importance {focused.importance} · maturity {focused.maturity} ·{' '}
            {QUADRANT_LABELS[roadmapQuadrant(focused)].toLowerCase()}.
            {cards.length === 0 ? ' No card relies on it.' : ' Its cards are ringed on the map:'}
          </p>
          {cards.length > 0 && (
            <ul className="flex flex-col gap-0.5">
              {cards.map((card) => (
                <li key={card.id}>
                  <button
                    type="button"
                    className={link}
                    onClick={() => ui.getState().select({ kind: 'card', id: card.id })}
                  >
                    {card.title || 'Untitled card'}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {!readOnly && (
            <button
              type="button"
              className={`${link} self-start`}
              onClick={() => {
                addAction(doc, actionForSystem(focused, cards));
                ui.getState().openPanel('actions');
              }}
            >
              Create action
            </button>
          )}
        </section>
      )}
    </div>
  );
}
