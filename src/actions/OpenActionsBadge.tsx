import type { DecorationProps } from '../canvas/slots.ts';
import type { CardData } from '../doc/index.ts';

/** "✓2": the open improvement actions linked to a card (nothing when there are none). */
export function OpenActionsBadge({ value: open }: DecorationProps<CardData, number>) {
  if (open === 0) return null;
  const label = `${open} open action${open === 1 ? '' : 's'}`;
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className="rounded-full bg-indigo-100 px-1.5 py-0.5 text-xs font-semibold text-indigo-800"
    >
      ✓{open}
    </span>
  );
}
