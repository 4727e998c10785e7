import { useId, useMemo } from 'react';
import { mapActivities, type MapState } from '../doc/index.ts';
import { useMapDoc } from '../editor/MapContext.tsx';
import { formatCount, formatShare } from './format.ts';
import { useObserved } from './ObservedContext.tsx';
import { cardsInReadingOrder, suggestCard } from './overlay/mapping.ts';

/*
 * Activity → card: the table that ties the log to the map. A card titled like an activity
 * takes it by itself; anything else the team chooses (or ignores) here, and a close title is
 * offered as a suggestion to accept. The choice is stored in the map document.
 */

const AUTO = '';
const IGNORE = 'ignore';

export function ActivityMapping({ map }: { map: MapState }) {
  const observed = useObserved()!;
  const doc = useMapDoc();
  const id = useId();
  const { figures, active, canEdit } = observed;
  const cards = useMemo(() => cardsInReadingOrder(map), [map]);
  const stageName = useMemo(() => new Map(map.stages.map((s) => [s.id, s.name])), [map.stages]);
  if (!figures || !active) return null;
  const stats = active.data.activityStats;
  const unmappedEvents = figures.unmapped.reduce((n, a) => n + a.events, 0);
  const totalEvents = stats.reduce((n, a) => n + a.events, 0);
  const choose = (activity: string, value: string) =>
    mapActivities(doc, new Map([[activity, value === AUTO ? null : value]]));
  // Unmapped first (what the map misses), then by events.
  const rows = [...stats].sort(
    (a, b) =>
      Number(figures.matches.get(b.name)?.kind === 'unmapped') -
        Number(figures.matches.get(a.name)?.kind === 'unmapped') || b.events - a.events,
  );
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        Activities → cards
      </h3>
      <p className={`text-sm ${unmappedEvents > 0 ? 'text-amber-900' : 'text-slate-600'}`}>
        {unmappedEvents > 0
          ? `${figures.unmapped.length} activit${figures.unmapped.length === 1 ? 'y' : 'ies'} (${formatShare(unmappedEvents / totalEvents)} of events) on no card.`
          : 'Every activity is on a card or ignored.'}
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-xs text-slate-600">
            <th className="py-1 font-medium">Activity</th>
            <th className="py-1 text-right font-medium">Events</th>
            <th className="py-1 pl-2 font-medium">Card</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const match = figures.matches.get(a.name);
            const value =
              match?.kind === 'chosen' ? match.cardId! : match?.kind === 'ignored' ? IGNORE : AUTO;
            const titled =
              match?.kind === 'title' ? cards.find((c) => c.id === match.cardId) : null;
            const suggestion = match?.kind === 'unmapped' ? suggestCard(map, a.name) : null;
            return (
              <tr key={a.name} className="border-t border-slate-100 align-top">
                <td
                  className={`py-1.5 pr-1 ${match?.kind === 'unmapped' ? 'font-semibold text-amber-900' : 'text-slate-800'}`}
                >
                  {a.name}
                </td>
                <td className="py-1.5 text-right tabular-nums text-slate-600">
                  {formatCount(a.events)}
                </td>
                <td className="py-1.5 pl-2">
                  <select
                    aria-label={`Card for ${a.name}`}
                    value={value}
                    disabled={!canEdit}
                    onChange={(e) => choose(a.name, e.target.value)}
                    className="h-8 w-full max-w-44 rounded-md border border-slate-300 bg-white px-1 text-sm"
                  >
                    <option value={AUTO}>
                      {titled ? `Same title: ${titled.title}` : '— no card —'}
                    </option>
                    <option value={IGNORE}>Ignore</option>
                    {cards.map((c) => (
                      <option key={c.id} value={c.id}>
                        {stageName.get(c.stageId)} · {c.title || 'Untitled card'}
                      </option>
                    ))}
                  </select>
                  {suggestion && canEdit && (
                    <button
                      type="button"
                      onClick={() => choose(a.name, suggestion.id)}
                      className="mt-1 block text-left text-xs font-medium text-indigo-700 hover:underline"
                    >
                      Use “{suggestion.title}”?
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
