import { formatRemaining } from './presenter.ts';
import { useCountdown } from './useCountdown.ts';

/** The workshop countdown, as everyone sees it; it turns into "Time's up" at zero. */
export function TimerChip({ endsAt, large = false }: { endsAt: number | null; large?: boolean }) {
  const left = useCountdown(endsAt);
  if (left === null) return null;
  const done = left <= 0;
  return (
    <span
      role="timer"
      aria-label={done ? "Time's up" : `Time left ${formatRemaining(left)}`}
      className={`rounded-full px-3 py-1 font-mono font-semibold tabular-nums ${large ? 'text-2xl' : 'text-base'} ${
        done ? 'animate-pulse bg-amber-400 text-slate-900' : 'bg-slate-900/80 text-white'
      }`}
    >
      {done ? "Time's up" : formatRemaining(left)}
    </span>
  );
}
