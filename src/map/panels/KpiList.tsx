import { addKpi, linkCardKpi, type CardData, type MapState } from '../../doc/index.ts';
import { useMapDoc } from '../../editor/MapContext.tsx';
import { KpiEditor } from './KpiEditor.tsx';

interface KpiListProps {
  map: MapState;
  attach: { stageId: string } | { cardId: string };
  /** For a card: its linked KPIs (attached elsewhere) can be toggled too. */
  card?: CardData;
  readOnly: boolean;
}

/** The KPIs attached to a stage or card, editable, with "Add KPI". */
export function KpiList({ map, attach, card, readOnly }: KpiListProps) {
  const doc = useMapDoc();
  const attached = map.kpis.filter((k) =>
    'stageId' in attach ? k.stageId === attach.stageId : k.cardId === attach.cardId,
  );
  const others = card ? map.kpis.filter((k) => !attached.includes(k)) : [];

  return (
    <section className="flex flex-col gap-3" aria-label="KPIs">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold text-slate-900">KPIs</h3>
        {!readOnly && (
          <button
            type="button"
            onClick={() => addKpi(doc, { name: 'New KPI', ...attach })}
            className="rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
          >
            Add KPI
          </button>
        )}
      </div>
      {attached.length === 0 && <p className="text-sm text-slate-500">No KPI measures this yet.</p>}
      {attached.map((kpi) => (
        <KpiEditor key={kpi.id} kpi={kpi} people={map.people} readOnly={readOnly} />
      ))}
      {card && others.length > 0 && (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium text-slate-700">Linked KPIs</legend>
          {others.map((kpi) => (
            <label key={kpi.id} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                disabled={readOnly}
                checked={card.kpiIds.includes(kpi.id)}
                onChange={(e) => linkCardKpi(doc, card.id, kpi.id, e.target.checked)}
                className="h-4 w-4 accent-indigo-600"
              />
              {kpi.name}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
