import { useStore } from '@xyflow/react';
import type { ChangeMark } from './nodes.ts';

const LOOK: Record<ChangeMark, { text: string; chip: string; ring: string }> = {
  added: { text: 'Added', chip: 'bg-emerald-600', ring: '0 0 0 3px #059669' },
  changed: { text: 'Edited', chip: 'bg-amber-500', ring: '0 0 0 3px #f59e0b' },
  moved: { text: 'Moved', chip: 'bg-sky-600', ring: '0 0 0 3px #0284c7' },
  removed: { text: 'Removed', chip: 'bg-rose-600', ring: '0 0 0 2px #e11d48' },
  origin: { text: 'Was here', chip: 'bg-sky-700', ring: 'none' },
};

/** The badge's text size in canvas pixels; on screen it never gets smaller than this either. */
const BADGE_PX = 11;

/** How much to enlarge a badge of `px` canvas pixels so it stays ≥ `px` CSS pixels at `zoom`. */
export function legibleScale(zoom: number, px = BADGE_PX, min = BADGE_PX): number {
  return zoom > 0 ? Math.max(1, min / (px * zoom)) : 1;
}

/** How a card or stage changed between two compared versions: a coloured frame and a tag. */
export function MarkBadge({ mark }: { mark: ChangeMark | null }) {
  // Subscribed only where a mark is drawn (comparing versions); 1 everywhere else.
  const scale = useStore((s) => (mark ? legibleScale(s.transform[2]) : 1));
  if (!mark) return null;
  const look = LOOK[mark];
  return (
    <div
      className={`pointer-events-none absolute -inset-1 rounded-lg ${
        mark === 'origin' ? 'border-2 border-dashed border-sky-600' : ''
      }`}
      style={{ boxShadow: look.ring }}
    >
      <span
        role="img"
        aria-label={`Change: ${look.text}`}
        style={{ transform: `scale(${scale})`, transformOrigin: 'left bottom' }}
        className={`absolute -top-3 left-2 rounded px-1.5 py-0.5 text-[11px] font-bold tracking-wide whitespace-nowrap text-white uppercase ${look.chip}`}
      >
        {look.text}
      </span>
    </div>
  );
}
