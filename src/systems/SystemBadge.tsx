import type { DecorationProps } from '../canvas/slots.ts';
import { WEAK_MATURITY as WEAK, type CardData } from '../doc/index.ts';
import type { CardSystems } from './cardSystems.ts';

/* On a card: the system it stands for with its maturity, or how many systems it relies on. */

function GearIcon() {
  return (
    <svg
      width="12"
      height="12"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      aria-hidden="true"
    >
      <rect x="3" y="4" width="18" height="7" rx="1.5" />
      <rect x="3" y="13" width="18" height="7" rx="1.5" />
    </svg>
  );
}

const tint = (weak: boolean) =>
  weak ? 'bg-red-50 text-red-800 ring-red-200' : 'bg-slate-100 text-slate-700 ring-slate-200';

export function SystemBadge({ value }: DecorationProps<CardData, string>) {
  if (!value) return null;
  const { stands, relies } = JSON.parse(value) as CardSystems;
  if (stands) {
    const weak = stands.maturity <= WEAK;
    const label = `System ${stands.name}: maturity ${stands.maturity} of 5, importance ${stands.importance} of 5`;
    return (
      <span
        role="img"
        aria-label={label}
        title={label}
        className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tint(weak)}`}
      >
        <GearIcon />M{stands.maturity}
      </span>
    );
  }
  const weak = relies.some((s) => s.maturity <= WEAK);
  const names = relies.map((s) => `${s.name} (maturity ${s.maturity})`).join(', ');
  const label = `Relies on ${relies.length} system${relies.length === 1 ? '' : 's'}: ${names}`;
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className={`inline-flex shrink-0 items-center gap-1 rounded-full px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tint(weak)}`}
    >
      <GearIcon />
      {relies.length}
    </span>
  );
}
