import { forWhiteText } from '../ui/contrast.ts';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import type { ActivePresenter } from './presenter.ts';
import { TimerChip } from './TimerChip.tsx';

/** What participants see while someone presents: who, following or not, the timer. */
export function PresentingBanner({
  presenter,
  stageName,
}: {
  presenter: ActivePresenter;
  stageName: string | null;
}) {
  const ui = useUiStore();
  const following = useUi((s) => s.following);
  if (presenter?.kind !== 'peer') return null;
  const { peer } = presenter;
  const isFollowing = following === peer.clientId;
  return (
    <div
      aria-live="polite"
      className="absolute top-3 left-1/2 z-30 flex -translate-x-1/2 items-center gap-3 rounded-full py-1.5 pr-2 pl-4 text-base font-medium text-white shadow-lg"
      style={{ background: forWhiteText(peer.color) }}
    >
      <span>
        {peer.name} is presenting{stageName ? ` · ${stageName}` : ''} —{' '}
        {isFollowing ? 'Following' : 'You stepped away'}
      </span>
      <TimerChip endsAt={peer.presenting.timerEndsAt} />
      {isFollowing ? (
        <button
          type="button"
          onClick={() => {
            ui.getState().follow(null);
            ui.getState().setAway(true);
          }}
          className="rounded-full bg-white/25 px-3 py-0.5 hover:bg-white/40"
        >
          Stop following
        </button>
      ) : (
        <button
          type="button"
          onClick={() => {
            ui.getState().setAway(false);
            ui.getState().follow(peer.clientId);
          }}
          className="rounded-full bg-white px-3 py-0.5 text-slate-900 hover:bg-slate-100"
        >
          Rejoin
        </button>
      )}
    </div>
  );
}
