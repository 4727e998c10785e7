import { useEffect, useState } from 'react';
import type { StageData } from '../doc/index.ts';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import { GUARDED_LOOK, needsConnection } from '../ui/needsConnection.ts';
import { FullscreenButton } from './FullscreenButton.tsx';
import { TimerChip } from './TimerChip.tsx';

const MINUTES = [1, 3, 5, 10, 15];

/** The facilitator's controls while presenting: step through stages, run a timer, stop. */
export function PresenterBar({
  stages,
  onStartVote,
  offline = null,
}: {
  stages: StageData[];
  onStartVote(): void;
  /** Why starting a vote cannot work now (offline), or null. */
  offline?: string | null;
}) {
  const ui = useUiStore();
  const presenting = useUi((s) => s.presenting);
  const [minutes, setMinutes] = useState(5);
  const stage = presenting ? Math.min(presenting.stage, Math.max(0, stages.length - 1)) : 0;
  const step = (delta: number) => {
    const next = Math.max(0, Math.min(stages.length - 1, stage + delta));
    if (next !== stage) ui.getState().present({ stage: next });
  };

  // Arrow keys step through the stages for as long as the presentation runs.
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      const tag = (e.target as HTMLElement | null)?.tagName;
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
      const delta = { ArrowRight: 1, ArrowLeft: -1, PageDown: 1, PageUp: -1 }[e.key];
      if (delta === undefined) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const current = ui.getState().presenting?.stage ?? 0;
      const next = Math.max(0, Math.min(stages.length - 1, current + delta));
      if (next !== current) ui.getState().present({ stage: next });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [presenting, stages.length, ui]);

  if (!presenting) return null;
  const button =
    'rounded-lg px-3 py-2 text-base font-semibold whitespace-nowrap text-white hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-white disabled:opacity-30';
  return (
    <div
      role="region"
      aria-label="Presenter controls"
      className="absolute inset-x-0 bottom-4 z-30 mx-auto flex w-fit max-w-[calc(100%-1rem)] flex-wrap items-center justify-center gap-2 rounded-2xl bg-slate-900 px-3 py-2.5 text-white shadow-2xl"
    >
      <button
        type="button"
        className={button}
        disabled={stage === 0}
        onClick={() => step(-1)}
        aria-label="Previous stage"
      >
        ←
      </button>
      <p className="text-center text-lg whitespace-nowrap" aria-live="polite">
        <span className="text-slate-300">
          Stage {stage + 1} of {stages.length}
        </span>{' '}
        <strong className="font-semibold">{stages[stage]?.name}</strong>
      </p>
      <button
        type="button"
        className={button}
        disabled={stage >= stages.length - 1}
        onClick={() => step(1)}
        aria-label="Next stage"
      >
        →
      </button>
      <span className="h-8 w-px bg-white/20" aria-hidden="true" />
      {presenting.timerEndsAt ? (
        <>
          <TimerChip endsAt={presenting.timerEndsAt} large />
          <button
            type="button"
            className={button}
            onClick={() => ui.getState().present({ timerEndsAt: null, timerMinutes: null })}
          >
            Stop timer
          </button>
        </>
      ) : (
        <>
          <select
            aria-label="Timer minutes"
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
            className="rounded-lg bg-white/10 px-2 py-2 text-base text-white"
          >
            {MINUTES.map((m) => (
              <option key={m} value={m} className="text-slate-900">
                {m} min
              </option>
            ))}
          </select>
          <button
            type="button"
            className={button}
            onClick={() =>
              ui
                .getState()
                .present({ timerEndsAt: Date.now() + minutes * 60_000, timerMinutes: minutes })
            }
          >
            Start timer
          </button>
        </>
      )}
      <button
        type="button"
        className={`${button} ${GUARDED_LOOK}`}
        {...needsConnection(offline, onStartVote)}
      >
        Start a vote
      </button>
      <FullscreenButton className={`${button} aria-pressed:bg-white/15`} />
      <span className="h-8 w-px bg-white/20" aria-hidden="true" />
      <button
        type="button"
        className="rounded-lg bg-white px-3 py-2 text-base font-semibold whitespace-nowrap text-slate-900 hover:bg-slate-100"
        onClick={() => {
          ui.getState().present(null);
          if (document.fullscreenElement) void document.exitFullscreen();
        }}
      >
        Stop presenting
      </button>
    </div>
  );
}
