import type { DecorationProps } from '../canvas/slots.ts';
import type { StageData } from '../doc/index.ts';
import { durationWords, formatCount, formatDuration, formatShare } from './format.ts';
import { overlayOn, useObserved } from './ObservedContext.tsx';

/*
 * Under each stage header, while the overlay is on: cases entering the stage, the share whose
 * journey ends there (drop-off), the median time spent in it and, when the log has channels,
 * the share switching channel inside it.
 */
export function StageFlow({ item, title }: DecorationProps<StageData>) {
  const observed = useObserved();
  if (!overlayOn(observed)) return null;
  const figures = observed.figures.stages.get(item.id);
  if (!figures) return null;
  const { entering, dropOff, medianMs, channelSwitch } = figures;
  const dropShare = entering > 0 ? dropOff / entering : 0;
  const words = [
    `${title}: ${formatCount(entering)} cases enter`,
    `${formatShare(dropShare)} end here (${formatCount(dropOff)})`,
    medianMs !== null ? `median ${durationWords(medianMs)} in the stage` : null,
    channelSwitch !== null ? `${formatShare(channelSwitch)} switch channel` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <span
      role="img"
      aria-label={words}
      title={words}
      className="ml-auto flex shrink-0 items-center gap-1.5 rounded-md bg-teal-50 px-1.5 py-0.5 text-xs font-semibold text-teal-900 ring-1 ring-teal-200"
    >
      <span className="tabular-nums">{formatCount(entering)} in</span>
      <span
        className={`tabular-nums ${dropShare > 0.3 ? 'rounded bg-amber-100 px-1 text-amber-900' : ''}`}
      >
        {formatShare(dropShare)} end
      </span>
      {medianMs !== null && entering > 0 && (
        <span className="tabular-nums">{formatDuration(medianMs)}</span>
      )}
      {channelSwitch !== null && (
        <span className="tabular-nums">{formatShare(channelSwitch)} switch</span>
      )}
    </span>
  );
}
