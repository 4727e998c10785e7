import { useCanEdit, useUiStore } from '../map/MapContext.tsx';
import { CardVotes } from '../workshop/voting/CardVotes.tsx';
import { CARD_STYLES } from './cardStyles.ts';
import { MarkBadge } from './MarkBadge.tsx';
import type { CardNodeData } from './nodes.ts';
import { PeerOutline } from './PeerOutline.tsx';

/**
 * A card seen from far away: its kind's stripe and its title, in a tenth of the full card's
 * elements and without shadows, so that thousands of them pan smoothly. What colleagues do
 * (their selection, a vote, a compared change) still shows.
 */
export function CardSketch({ data }: { data: CardNodeData }) {
  const { card, dimmed, mark } = data;
  const ui = useUiStore();
  const canEdit = useCanEdit();
  const title = card.title || 'Untitled card';
  return (
    <div
      className={`relative flex h-full rounded-lg border border-slate-200 bg-white ${
        dimmed ? 'opacity-25' : ''
      } ${mark === 'removed' ? 'opacity-50 line-through' : ''}`}
      data-dimmed={dimmed || undefined}
      data-sketch
      onDoubleClick={() => canEdit && ui.getState().startEditing(card.id)}
    >
      <PeerOutline id={card.id} />
      <MarkBadge mark={mark} />
      <CardVotes cardId={card.id} title={title} />
      <span
        className={`w-1.5 shrink-0 rounded-l-lg ${dimmed ? 'bg-slate-300' : CARD_STYLES[card.kind].stripe}`}
        aria-hidden="true"
      />
      <p className="line-clamp-3 min-w-0 flex-1 px-3 pt-6 text-[15px] leading-snug font-medium text-slate-900">
        {title}
      </p>
    </div>
  );
}
