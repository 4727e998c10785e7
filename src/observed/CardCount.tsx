import type { DecorationProps } from '../canvas/slots.ts';
import type { CardData } from '../doc/index.ts';
import { formatCount, formatShare } from './format.ts';
import { overlayOn, useObserved } from './ObservedContext.tsx';

/*
 * On each card, while the overlay is on: how many cases reached it and their share of all
 * cases (and how many came straight back to it), or "never observed" for a card of the
 * designed path that no case reached.
 */
export function CardCount({ item, title }: DecorationProps<CardData>) {
  const observed = useObserved();
  if (!overlayOn(observed)) return null;
  const { figures, highlight } = observed;
  const reached = figures.cards.get(item.id);
  const dimmed = highlight !== null && !highlight.includes(item.id);
  if (!reached) {
    if (!figures.neverObserved.has(item.id)) return null;
    return (
      <span
        role="img"
        aria-label={`${title}: never observed`}
        className="nodrag absolute -top-3 -right-2 z-10 rounded-full border-2 border-dashed border-slate-400 bg-white px-2 py-0.5 text-xs font-semibold text-slate-600 shadow"
      >
        never observed
      </span>
    );
  }
  const share = reached.cases / figures.cases;
  const words = `${title}: ${formatCount(reached.cases)} cases, ${formatShare(share)} of all${
    reached.repeats > 0 ? `, ${formatCount(reached.repeats)} came straight back` : ''
  }`;
  return (
    <span
      role="img"
      aria-label={words}
      title={words}
      className={`nodrag absolute -top-3.5 -right-2 z-10 flex items-baseline gap-1 rounded-full bg-teal-700 px-2.5 py-0.5 text-white shadow-lg ring-2 ring-white ${
        dimmed ? 'opacity-40' : ''
      }`}
    >
      <span className="text-base font-bold tabular-nums">{formatCount(reached.cases)}</span>
      <span className="text-xs font-semibold text-teal-100">{formatShare(share)}</span>
      {reached.repeats > 0 && (
        <span className="text-xs font-semibold text-amber-200" aria-hidden="true">
          ↻{formatCount(reached.repeats)}
        </span>
      )}
    </span>
  );
}
