import { useEffect, useId, useRef, useState } from 'react';
import { CARD_KINDS, CHANNELS, EVIDENCE_LEVELS, type MapState } from '../doc/index.ts';
import { CARD_STYLES, CHANNEL_LABELS } from '../canvas/cardStyles.ts';
import { EVIDENCE_LABELS } from '../ui/EvidenceMark.tsx';
import { ToolIcon } from '../ui/toolIcons.tsx';
import { NO_FILTERS, type Filters } from '../editor/filters.ts';
import { useUi, useUiStore } from '../editor/MapContext.tsx';

type SelectField = 'personaId' | 'ownerId' | 'channel' | 'kind' | 'evidence';
const FIELDS: readonly SelectField[] = ['personaId', 'ownerId', 'channel', 'kind', 'evidence'];

/** How many of the select filters are set (search shows in its own box). */
export function activeFilterCount(filters: Filters): number {
  return FIELDS.filter((f) => filters[f]).length;
}

function FilterSelect({
  label,
  field,
  options,
}: {
  label: string;
  field: SelectField;
  options: { value: string; label: string }[];
}) {
  const value = useUi((s) => s.filters[field]);
  const ui = useUiStore();
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => ui.getState().setFilters({ [field]: e.target.value || null })}
        className={`h-9 rounded-md border px-2 text-sm text-slate-900 focus:border-indigo-500 focus:outline-none ${
          value ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300 bg-white'
        }`}
      >
        <option value="">Any {label.toLowerCase()}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The toolbar's "Filters" button and the popover it opens: persona, owner, channel, kind and
 * evidence, each labelled, with the number of active filters on the button and a clear-all.
 */
export function FilterMenu({ map, className }: { map: MapState; className: string }) {
  const filters = useUi((s) => s.filters);
  const ui = useUiStore();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const popoverId = useId();
  const count = activeFilterCount(filters);

  // Closes on Escape or a press outside, like a menu; the filters stay applied.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      root.current?.querySelector('button')?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={popoverId}
        aria-label={count ? `Filters, ${count} active` : 'Filters'}
        onClick={() => setOpen(!open)}
        className={`${className} ${count ? 'bg-indigo-50 text-indigo-800' : ''}`}
      >
        <ToolIcon name="filter" />
        Filters
        {count > 0 && (
          <span className="rounded-full bg-indigo-600 px-1.5 text-xs font-semibold text-white">
            {count}
          </span>
        )}
      </button>
      {open && (
        <div
          id={popoverId}
          role="group"
          aria-label="Filters"
          className="absolute top-full left-0 z-40 mt-1 flex w-72 flex-col gap-3 rounded-xl bg-white p-4 shadow-xl ring-1 ring-slate-200"
        >
          <FilterSelect
            label="Persona"
            field="personaId"
            options={map.personas.map((p) => ({ value: p.id, label: p.name }))}
          />
          <FilterSelect
            label="Owner"
            field="ownerId"
            options={map.people.map((p) => ({ value: p.id, label: p.name }))}
          />
          <FilterSelect
            label="Channel"
            field="channel"
            options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c]! }))}
          />
          <FilterSelect
            label="Kind"
            field="kind"
            options={CARD_KINDS.map((k) => ({ value: k, label: CARD_STYLES[k].label }))}
          />
          <FilterSelect
            label="Evidence"
            field="evidence"
            options={EVIDENCE_LEVELS.map((e) => ({ value: e, label: EVIDENCE_LABELS[e] }))}
          />
          <button
            type="button"
            disabled={count === 0}
            onClick={() => ui.getState().setFilters({ ...NO_FILTERS, search: filters.search })}
            className="self-start rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 disabled:text-slate-500 disabled:hover:bg-transparent"
          >
            Clear all filters
          </button>
        </div>
      )}
    </div>
  );
}
