import { useState } from 'react';
import {
  deleteKpi,
  kpiOnTarget,
  setKpiCurrent,
  updateKpi,
  type KpiData,
  type PersonData,
  addPerson,
} from '../../doc/index.ts';
import { Field, Group, SelectField, TextField } from '../../ui/fields.tsx';
import { formatKpiValue, kpiStatus } from '../../ui/KpiChip.tsx';
import { Sparkline } from '../../ui/Sparkline.tsx';
import { useMapDoc } from '../../editor/MapContext.tsx';
import { OwnerPicker } from '../../ui/OwnerPicker.tsx';

const toNumber = (text: string): number | null => {
  const n = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(n) ? null : n;
};

/** One KPI: its status at a glance, and its fields behind "Edit". */
export function KpiEditor({
  kpi,
  people,
  readOnly,
}: {
  kpi: KpiData;
  people: PersonData[];
  readOnly: boolean;
}) {
  const doc = useMapDoc();
  const [open, setOpen] = useState(kpi.name === 'New KPI');
  const [value, setValue] = useState('');
  const status = kpiStatus(kpiOnTarget(kpi));
  const record = () => {
    const n = toNumber(value);
    if (n !== null && setKpiCurrent(doc, kpi.id, n)) setValue('');
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
        <Sparkline values={kpi.history.map((h) => h.value)} color={status.color} />
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
      {!readOnly && (
        <div className="flex items-end gap-2">
          <Field label="New value">
            <input
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
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
