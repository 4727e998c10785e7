import type { MapState } from '../doc/index.ts';

/** What an imported map holds, at a glance: counts and the stages in order. */
export function MapPreview({ map }: { map: MapState }) {
  const counts: [string, number][] = [
    ['Stages', map.stages.length],
    ['Lanes', map.lanes.length],
    ['Cards', map.cards.length],
    ['People', map.people.length],
    ['KPIs', map.kpis.length],
    ['Actions', map.actions.length],
    ['Connections', map.connections.length],
    ['Systems', map.systems.length],
  ];
  return (
    <section aria-label="Preview" className="flex flex-col gap-3 rounded-lg bg-slate-50 p-4">
      <p className="font-semibold text-slate-900">{map.meta.title}</p>
      {map.meta.purpose && (
        <p className="line-clamp-2 text-sm text-slate-600">{map.meta.purpose}</p>
      )}
      <dl className="grid grid-cols-4 gap-2 text-center">
        {counts.map(([label, n]) => (
          <div key={label} className="rounded-md bg-white px-1 py-2 ring-1 ring-slate-200">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold text-slate-900 tabular-nums">{n}</dd>
          </div>
        ))}
      </dl>
      {map.stages.length > 0 && (
        <p className="text-sm text-slate-600">
          <span className="font-medium text-slate-700">Stages: </span>
          {map.stages.map((s) => s.name || 'Untitled').join(' → ')}
        </p>
      )}
      {map.people.length > 0 && (
        <p className="text-sm text-slate-600">
          <span className="font-medium text-slate-700">People: </span>
          {map.people.map((p) => p.name).join(', ')}
        </p>
      )}
    </section>
  );
}

/** The reasons a file cannot be imported, with the promise that nothing was created. */
export function ProblemList({ problems, intro }: { problems: string[]; intro: string }) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-lg bg-red-50 p-4 text-sm text-red-800 ring-1 ring-red-200"
    >
      <p className="font-semibold">{intro}</p>
      <ul className="list-disc space-y-1 pl-5">
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
