import type { MapState, MermaidProblem } from '../doc/index.ts';
import { MapPreview } from './MapPreview.tsx';

/*
 * What a pasted Mermaid journey will become, before anything is created: the map's stages
 * and cards, its personas, and the lines that need a look (clamped or missing scores …).
 */
export function MermaidPreview({ map, problems }: { map: MapState; problems: MermaidProblem[] }) {
  const persona = new Map(map.personas.map((p) => [p.id, p.name]));
  return (
    <div className="flex flex-col gap-3">
      <MapPreview map={map} />
      {map.personas.length > 0 && (
        <p className="text-sm text-slate-700">
          <span className="font-medium">Personas: </span>
          {map.personas.map((p) => p.name).join(', ')}
        </p>
      )}
      <ol
        aria-label="Cards by stage"
        className="max-h-48 overflow-auto rounded-lg p-3 text-sm ring-1 ring-slate-200"
      >
        {map.stages.map((stage) => (
          <li key={stage.id} className="mb-2">
            <p className="font-semibold text-slate-900">{stage.name || 'Untitled'}</p>
            <ul className="pl-4 text-slate-700">
              {map.cards
                .filter((c) => c.stageId === stage.id)
                .map((card) => (
                  <li key={card.id}>
                    {card.title}
                    <span className="text-slate-500">
                      {Object.keys(card.emotion).length === 0
                        ? ' — no score'
                        : ` — ${Object.entries(card.emotion)
                            .map(([id, e]) => `${persona.get(id)} ${e > 0 ? '+' : ''}${e}`)
                            .join(', ')}`}
                    </span>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
      {problems.length > 0 && (
        <section
          aria-label="Lines to check"
          className="flex flex-col gap-2 rounded-lg bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-amber-300"
        >
          <p className="font-semibold">
            {problems.length === 1 ? 'One line needs' : `${problems.length} lines need`} a look; the
            map can still be created as shown.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {problems.map((p, i) => (
              <li key={i}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
