import { useMemo } from 'react';
import { connectionLabel, type FieldChange, type MapState } from '../doc/index.ts';
import { ENTRY_NAMES, changesHeading, fieldName, valueText } from '../ui/changeText.ts';
import { compareMaps } from './compare.ts';

/** Every change between two states, field by field (old → new), for the compare view. */
export function DiffList({ before, after }: { before: MapState; after: MapState }) {
  const { diff } = useMemo(() => compareMaps(before, after), [before, after]);
  const people = new Map([...before.people, ...after.people].map((p) => [p.id, p.name]));
  const systems = new Map([...before.systems, ...after.systems].map((x) => [x.id, x.name]));
  const nameOf = (id: string) => people.get(id) ?? systems.get(id) ?? null;
  const line = (c: { from: string; to: string }) => connectionLabel(c, before, after);
  const Fields = ({ changes }: { changes: FieldChange[] }) => (
    <ul className="ml-4 list-disc text-sm text-slate-700">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="font-medium">{fieldName(c.field)}</span>:{' '}
          <span className="text-rose-700 line-through">{valueText(c, c.before, nameOf)}</span> →{' '}
          <span className="text-emerald-700">{valueText(c, c.after, nameOf)}</span>
        </li>
      ))}
    </ul>
  );
  const rows: { key: string; text: string; changes?: FieldChange[] }[] = [
    ...diff.meta.map((c) => ({
      key: `meta-${c.field}`,
      text: `Map ${fieldName(c.field).toLowerCase()}`,
      changes: [c],
    })),
    ...diff.stages.added.map((s) => ({ key: `sa-${s.id}`, text: `Stage added: ${s.name}` })),
    ...diff.stages.removed.map((s) => ({ key: `sr-${s.id}`, text: `Stage removed: ${s.name}` })),
    ...diff.stages.reordered.map((s) => ({
      key: `so-${s.id}`,
      text: `Stage ${s.label} moved from position ${s.from} to ${s.to}`,
    })),
    ...diff.stages.changed.map((s) => ({
      key: `sc-${s.id}`,
      text: `Stage ${s.label}`,
      changes: s.changes,
    })),
    ...diff.lanes.added.map((l) => ({ key: `la-${l.id}`, text: `Lane added: ${l.name}` })),
    ...diff.lanes.removed.map((l) => ({ key: `lr-${l.id}`, text: `Lane removed: ${l.name}` })),
    ...diff.lanes.changed.map((l) => ({
      key: `lc-${l.id}`,
      text: `Lane ${l.label}`,
      changes: l.changes,
    })),
    ...diff.cards.added.map((c) => ({ key: `ca-${c.id}`, text: `Card added: ${c.title}` })),
    ...diff.cards.removed.map((c) => ({ key: `cr-${c.id}`, text: `Card removed: ${c.title}` })),
    ...diff.cards.moved.map((c) => ({
      key: `cm-${c.id}`,
      text: `Card ${c.label} moved from ${c.from.stage} / ${c.from.lane} to ${c.to.stage} / ${c.to.lane}`,
    })),
    ...diff.cards.reordered.map((c) => ({
      key: `co-${c.id}`,
      text: `Card ${c.label} moved within ${c.cell.stage} / ${c.cell.lane}`,
    })),
    ...diff.cards.changed.map((c) => ({
      key: `cc-${c.id}`,
      text: `Card ${c.label}`,
      changes: c.changes,
    })),
    ...diff.connections.added.map((c) => ({
      key: `xa-${c.id}`,
      text: `Connection added: ${line(c)} (${c.kind}${c.status ? `, ${c.status}` : ''})`,
    })),
    ...diff.connections.removed.map((c) => ({
      key: `xr-${c.id}`,
      text: `Connection removed: ${line(c)}`,
    })),
    ...diff.connections.changed.map((c) => ({
      key: `xc-${c.id}`,
      text: `Connection ${c.label}`,
      changes: c.changes,
    })),
    ...(['personas', 'people', 'kpis', 'actions', 'systems'] as const).flatMap((kind) => [
      ...diff[kind].added.map((e) => ({
        key: `${kind}a-${e.id}`,
        text: `${ENTRY_NAMES[kind]} added: ${'name' in e ? e.name : e.title}`,
      })),
      ...diff[kind].removed.map((e) => ({
        key: `${kind}r-${e.id}`,
        text: `${ENTRY_NAMES[kind]} removed: ${'name' in e ? e.name : e.title}`,
      })),
      ...diff[kind].changed.map((e) => ({
        key: `${kind}c-${e.id}`,
        text: `${ENTRY_NAMES[kind]} ${e.label}`,
        changes: e.changes,
      })),
    ]),
  ];
  return (
    <section aria-label="Changes" className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold text-slate-900">{changesHeading(rows.length)}</h3>
      <ul className="flex flex-col gap-2">
        {rows.map((r) => (
          <li
            key={r.key}
            className="rounded-md bg-slate-50 px-2 py-1.5 text-sm text-slate-900 first-letter:uppercase"
          >
            {r.text}
            {r.changes && <Fields changes={r.changes} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
