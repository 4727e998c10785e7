import { useState } from 'react';
import type { MapState } from '../doc/index.ts';
import { DataFlowList } from './DataFlowList.tsx';
import { RoadmapView } from './RoadmapView.tsx';
import { SystemList } from './SystemList.tsx';

type Tab = 'catalogue' | 'flows' | 'roadmap';

const TABS: { id: Tab; label: string }[] = [
  { id: 'catalogue', label: 'Catalogue' },
  { id: 'flows', label: 'Data flows' },
  { id: 'roadmap', label: 'Roadmap' },
];

/** The systems behind the journey: the catalogue, the data they exchange, and the roadmap. */
export function SystemsPanel({ map, readOnly }: { map: MapState; readOnly: boolean }) {
  const [tab, setTab] = useState<Tab>('catalogue');
  const problems = map.connections.filter(
    (c) => c.status === 'missing' || c.status === 'broken',
  ).length;
  return (
    <div className="flex flex-col gap-4">
      <div role="tablist" aria-label="Systems view" className="flex rounded-lg bg-slate-100 p-0.5">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            type="button"
            aria-selected={tab === t.id}
            onClick={() => setTab(t.id)}
            className={`flex-1 rounded-md px-3 py-1 text-sm ${tab === t.id ? 'bg-white font-semibold shadow-sm' : 'text-slate-600'}`}
          >
            {t.label}
            {t.id === 'flows' && problems > 0 && (
              <span className="ml-1.5 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white">
                <span className="sr-only">, </span>
                {problems}
                <span className="sr-only"> missing or broken</span>
              </span>
            )}
          </button>
        ))}
      </div>
      {tab === 'catalogue' ? (
        <SystemList map={map} readOnly={readOnly} />
      ) : tab === 'flows' ? (
        <DataFlowList map={map} readOnly={readOnly} />
      ) : (
        <RoadmapView map={map} readOnly={readOnly} />
      )}
    </div>
  );
}
