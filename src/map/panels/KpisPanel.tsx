import type { MapState } from '../../doc/index.ts';
import { KpiEditor } from './KpiEditor.tsx';

/** Every KPI of the map, grouped by what it measures. */
export function KpisPanel({
  map,
  readOnly,
  mapId,
}: {
  map: MapState;
  readOnly: boolean;
  mapId?: string;
}) {
  const where = (kpi: MapState['kpis'][number]) => {
    const stage = map.stages.find((s) => s.id === kpi.stageId);
    if (stage) return `Stage · ${stage.name}`;
    const card = map.cards.find((c) => c.id === kpi.cardId);
    return card ? `Card · ${card.title}` : 'Not attached';
  };
  if (map.kpis.length === 0) {
    return (
      <p className="text-slate-500">
        No KPIs yet. Select a stage or a card and use “Add KPI” to measure it.
      </p>
    );
  }
  return (
    <ul className="flex flex-col gap-4">
      {map.kpis.map((kpi) => (
        <li key={kpi.id} className="flex flex-col gap-1">
          <span className="text-xs font-medium tracking-wide text-slate-500 uppercase">
            {where(kpi)}
          </span>
          <KpiEditor kpi={kpi} people={map.people} readOnly={readOnly} mapId={mapId} />
        </li>
      ))}
    </ul>
  );
}
