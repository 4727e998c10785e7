import type { Evidence } from '../doc/schema.ts';

export const EVIDENCE_LABELS: Record<Evidence, string> = {
  assumption: 'Assumption',
  anecdotal: 'Anecdotal',
  data: 'Data-backed',
};

/** How well a card is backed: hollow (assumption), half (anecdotal) or full (data) bars. */
export function EvidenceMark({ evidence }: { evidence: Evidence }) {
  const filled = { assumption: 1, anecdotal: 2, data: 3 }[evidence];
  return (
    <span
      role="img"
      aria-label={`Evidence: ${EVIDENCE_LABELS[evidence]}`}
      title={`Evidence: ${EVIDENCE_LABELS[evidence]}`}
      className="ml-auto flex shrink-0 items-end gap-0.5"
    >
      {[1, 2, 3].map((bar) => (
        <span
          key={bar}
          className={`w-1 rounded-sm ${bar <= filled ? (evidence === 'data' ? 'bg-emerald-600' : 'bg-slate-500') : 'bg-slate-200'}`}
          style={{ height: 4 + bar * 3 }}
        />
      ))}
    </span>
  );
}
