import { useState } from 'react';
import {
  deleteKpi,
  kpiOnTarget,
  kpiRange,
  recordKpiValue,
  updateKpi,
  type KpiData,
  type PersonData,
  addPerson,
} from '../../doc/index.ts';
import { Field, Group, SelectField, TextField } from '../../ui/fields.tsx';
import { formatKpiValue, kpiStatus } from '../../ui/KpiChip.tsx';
import { useMapDoc } from '../../editor/MapContext.tsx';
import { KpiHistory } from '../../kpis/KpiHistory.tsx';
import { KpiSparkline } from '../../kpis/KpiSparkline.tsx';
import { KpiUpdated } from '../../kpis/KpiUpdated.tsx';
import { KpiWiring } from '../../kpis/KpiWiring.tsx';
import { OwnerPicker } from '../../ui/OwnerPicker.tsx';

const toNumber = (text: string): number | null => {
  const n = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(n) ? null : n;
};

/**
 * One KPI: its status, when and from where it last changed, its history, and its fields
 * behind "Edit"; with `mapId`, also how a pipeline pushes to it.
 */
export function KpiEditor({
  kpi,
  people,
  readOnly,
  mapId,
}: {
  kpi: KpiData;
  people: PersonData[];
  readOnly: boolean;
  mapId?: string;
}) {
  const doc = useMapDoc();
  const [open, setOpen] = useState(kpi.name === 'New KPI');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const status = kpiStatus(kpiOnTarget(kpi));
  const range = kpiRange(kpi);
  const record = () => {
    const n = toNumber(value);
    if (n === null) return;
    const outcome = recordKpiValue(doc, kpi.id, n, { source: 'manual' });
    setProblem(outcome.ok ? null : outcome.message);
    if (outcome.ok) setValue('');
  };

  return (
    <div
      className="flex flex-col gap-3 rounded-lg p-3 ring-1 ring-slate-200"
      aria-label={`KPI ${kpi.name}`}
      role="group"
    >
      <div className="flex items-center gap-2">
        <span
          className="h-2.5 w-2.5 shrink-0 rounded-full"
          style={{ background: status.color }}
          aria-hidden="true"
        />
        <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{kpi.name}</span>
        <KpiSparkline kpi={kpi} color={status.color} />
      </div>
      <p className="text-sm text-slate-600">
        <span className="font-semibold text-slate-900 tabular-nums">
          {formatKpiValue(kpi.current, kpi.unit)}
        </span>
        {kpi.target !== null && (
          <>
            {' '}
            · target {kpi.direction === 'higher' ? '≥' : '≤'} {formatKpiValue(kpi.target, kpi.unit)}
          </>
        )}
        {' · '}
        <span style={{ color: status.color }}>{status.word}</span>
      </p>
      <KpiUpdated kpi={kpi} />
      {!readOnly && (
        <div className="flex items-end gap-2">
          <Field label="New value">
            <input
              inputMode="decimal"
              value={value}
              onChange={(e) => {
                setValue(e.target.value);
                setProblem(null);
              }}
              aria-invalid={problem !== null}
              onKeyDown={(e) => e.key === 'Enter' && record()}
              className="w-28 rounded-md border border-slate-300 px-2 py-1 focus:border-indigo-500 focus:outline-none"
            />
          </Field>
          <button
            type="button"
            onClick={record}
            disabled={toNumber(value) === null}
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-40"
          >
            Record
          </button>
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            className="ml-auto rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100"
          >
            {open ? 'Done' : `Edit ${kpi.name}`}
          </button>
        </div>
      )}
      {problem && (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      )}
      <KpiHistory kpi={kpi} readOnly={readOnly} />
      {mapId && !readOnly && <KpiWiring kpi={kpi} mapId={mapId} />}
      {open && !readOnly && (
        <div className="flex flex-col gap-3 border-t border-slate-100 pt-3">
          <TextField
            label="KPI name"
            value={kpi.name}
            onCommit={(name) => updateKpi(doc, kpi.id, { name })}
          />
          <div className="grid grid-cols-2 gap-2">
            <TextField
              label="Unit"
              value={kpi.unit}
              onCommit={(unit) => updateKpi(doc, kpi.id, { unit })}
            />
            <TextField
              label="Target"
              value={kpi.target === null ? '' : String(kpi.target)}
              onCommit={(t) => updateKpi(doc, kpi.id, { target: toNumber(t) })}
            />
          </div>
          <div className="grid grid-cols-2 gap-2">
            <TextField
              label="Lowest valid value"
              value={kpi.min === null ? '' : String(kpi.min)}
              placeholder={range.min === null ? 'No limit' : String(range.min)}
              onCommit={(t) => updateKpi(doc, kpi.id, { min: toNumber(t) })}
            />
            <TextField
              label="Highest valid value"
              value={kpi.max === null ? '' : String(kpi.max)}
              placeholder={range.max === null ? 'No limit' : String(range.max)}
              onCommit={(t) => updateKpi(doc, kpi.id, { max: toNumber(t) })}
            />
          </div>
          <SelectField
            label="Better when"
            value={kpi.direction}
            options={[
              { value: 'higher', label: 'Higher is better' },
              { value: 'lower', label: 'Lower is better' },
            ]}
            onChange={(direction) => updateKpi(doc, kpi.id, { direction })}
          />
          <Group label="KPI owner">
            <OwnerPicker
              label={`Owner of ${kpi.name}`}
              onAddPerson={(name) => addPerson(doc, { name })}
              people={people}
              value={kpi.ownerId}
              onChange={(ownerId) => updateKpi(doc, kpi.id, { ownerId })}
            />
          </Group>
          <button
            type="button"
            onClick={() => deleteKpi(doc, kpi.id)}
            className="self-start rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50"
          >
            Delete KPI
          </button>
        </div>
      )}
    </div>
  );
}
