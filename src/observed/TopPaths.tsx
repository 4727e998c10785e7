import { useId } from 'react';
import { formatCount, formatShare } from './format.ts';
import { useObserved } from './ObservedContext.tsx';

/* The most frequent paths through the log; picking one highlights it on the canvas. */

const SHOWN = 10;

export function TopPaths() {
  const observed = useObserved()!;
  const id = useId();
  const { active, figures, highlight, setHighlight } = observed;
  if (!active || !figures) return null;
  const cardOf = (activity: string) => figures.matches.get(activity)?.cardId ?? null;
  const variants = active.data.variants.slice(0, SHOWN);
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        Top paths
      </h3>
      <ol className="flex flex-col gap-1">
        {variants.map((v, i) => {
          const cards = v.activities.map(cardOf).filter((c): c is string => c !== null);
          const on = highlight !== null && highlight.join() === cards.join() && cards.length > 0;
          return (
            <li key={i}>
              <button
                type="button"
                aria-pressed={on}
                onClick={() => setHighlight(on ? null : cards)}
                className={`w-full rounded-md px-2 py-1.5 text-left text-sm ring-1 ${on ? 'bg-teal-50 ring-teal-400' : 'ring-slate-200 hover:bg-slate-50'}`}
              >
                <span className="font-semibold tabular-nums text-teal-900">
                  {formatShare(v.cases / active.cases)}
                </span>{' '}
                <span className="text-xs text-slate-600">({formatCount(v.cases)})</span>{' '}
                <span className="text-slate-800">{v.activities.join(' → ')}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
