import { useUi, useUiStore } from '../editor/MapContext.tsx';
import { GUARDED_LOOK, needsConnection } from '../ui/needsConnection.ts';

/**
 * Starts presenting (full screen where allowed); everyone else follows this view. `offline`:
 * why it cannot now (nobody could follow), or null.
 */
export function PresentButton({ offline = null }: { offline?: string | null }) {
  const ui = useUiStore();
  const presenting = useUi((s) => s.presenting !== null);
  if (presenting) return null;
  return (
    <button
      type="button"
      {...needsConnection(offline, () => {
        ui.getState().select(null);
        ui.getState().openPanel(null);
        ui.getState().present({
          since: Date.now(),
          stage: 0,
          timerEndsAt: null,
          timerMinutes: null,
        });
        void document.documentElement.requestFullscreen?.().catch(() => {
          // Full screen needs a user gesture and may be refused; presenting works without it.
        });
      })}
      className={`rounded-lg px-4 py-2 font-semibold text-indigo-700 ring-1 ring-indigo-300 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600 ${GUARDED_LOOK}`}
    >
      Present
    </button>
  );
}
