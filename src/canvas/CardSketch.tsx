import { useCanEdit, useUiStore } from '../editor/MapContext.tsx';
import { CARD_STYLES } from './cardStyles.ts';
import { Decorations } from './Decorations.tsx';
import { MarkBadge } from './MarkBadge.tsx';
import type { CardNodeData } from './nodes.ts';
import { PeerOutline } from './PeerOutline.tsx';
import { useSlots } from './SlotsContext.ts';

/**
 * A card seen from far away: its kind's stripe and its title, in a tenth of the full card's
 * elements and without shadows, so that thousands of them pan smoothly. What colleagues do
 * (their selection, a compared change, decorations marked `onSketch` such as votes) still shows.
 * Its title is drawn large (40 canvas px, 60 when `far`), so it still reads at 8–12 screen px.
 */
export function CardSketch({ data, far }: { data: CardNodeData; far: boolean }) {
  const { card, dimmed, decorations, mark } = data;
  const { cardDecorations } = useSlots();
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
      data-stage-name={data.stageName}
      onDoubleClick={() => canEdit && ui.getState().startEditing(card.id)}
    >
      <PeerOutline id={card.id} />
      <MarkBadge mark={mark} />
      <Decorations
        list={cardDecorations}
        values={decorations}
        place="corner"
        item={card}
        title={title}
        sketch
      />
      <span
        className={`w-1.5 shrink-0 rounded-l-lg ${dimmed ? 'bg-slate-300' : CARD_STYLES[card.kind].stripe}`}
        aria-hidden="true"
      />
      <p
        data-card-title
        className={`min-w-0 flex-1 self-center px-3 leading-tight font-semibold break-words text-slate-900 ${
          far ? 'line-clamp-1 text-[60px]' : 'line-clamp-2 text-[40px]'
        }`}
      >
        {title}
      </p>
    </div>
  );
}
