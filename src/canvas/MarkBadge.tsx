import type { ChangeMark } from './nodes.ts';

const LOOK: Record<ChangeMark, { text: string; chip: string; ring: string }> = {
  added: { text: 'Added', chip: 'bg-emerald-600', ring: '0 0 0 3px #059669' },
  changed: { text: 'Edited', chip: 'bg-amber-500', ring: '0 0 0 3px #f59e0b' },
  moved: { text: 'Moved', chip: 'bg-sky-600', ring: '0 0 0 3px #0284c7' },
  removed: { text: 'Removed', chip: 'bg-rose-600', ring: '0 0 0 2px #e11d48' },
};

/** How a card or stage changed between two compared versions: a coloured frame and a tag. */
export function MarkBadge({ mark }: { mark: ChangeMark | null }) {
  if (!mark) return null;
  const look = LOOK[mark];
  return (
    <div
      className="pointer-events-none absolute -inset-1 rounded-lg"
      style={{ boxShadow: look.ring }}
    >
      <span
        role="img"
        aria-label={`Change: ${look.text}`}
        className={`absolute -top-3 left-2 rounded px-1.5 py-0.5 text-[11px] font-bold tracking-wide text-white uppercase ${look.chip}`}
      >
        {look.text}
      </span>
    </div>
  );
}
