import type { DecorationProps } from '../canvas/slots.ts';
import type { CardData } from '../doc/index.ts';
import { useUi } from '../editor/MapContext.tsx';

/**
 * A ring round the cards of the system picked in the systems panel (its system cards and the
 * cards relying on it), so a click on the roadmap shows where the journey meets that system.
 */
export function FocusRing({ value }: DecorationProps<CardData, string>) {
  const focused = useUi((s) => s.focusedSystem);
  if (!focused || !value || !value.split(' ').includes(focused)) return null;
  return (
    <span
      role="img"
      aria-label="Relies on the picked system"
      data-focus-ring
      className="pointer-events-none absolute -inset-1.5 rounded-xl ring-4 ring-amber-400"
    />
  );
}
