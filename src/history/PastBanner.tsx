import { useUi, useUiStore } from '../editor/MapContext.tsx';

/** Marks the canvas as showing the past, with the way back to the present. */
export function PastBanner() {
  const past = useUi((s) => s.past);
  const ui = useUiStore();
  if (!past) return null;
  return (
    <div
      aria-live="polite"
      className="absolute top-3 left-1/2 z-30 flex -translate-x-1/2 items-center gap-3 rounded-full bg-amber-400 py-1.5 pr-2 pl-4 text-base font-semibold text-slate-900 shadow-lg"
    >
      <span>{past.before ? `Comparing: ${past.label}` : `Viewing the past: ${past.label}`}</span>
      <button
        type="button"
        onClick={() => ui.getState().showPast(null)}
        className="rounded-full bg-slate-900 px-3 py-0.5 text-white hover:bg-slate-700"
      >
        Back to now
      </button>
    </div>
  );
}
