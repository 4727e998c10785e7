import type { DecorationProps } from '../../canvas/slots.ts';
import type { CardData } from '../../doc/index.ts';
import { useVotingContext } from './VotingContext.tsx';

/**
 * Dot voting on a card: while the round is open, my dots and buttons to add or take
 * one back; once revealed, everyone's total. Nothing for cards outside the round.
 */
export function CardVotes({ item, title }: DecorationProps<CardData>) {
  const cardId = item.id;
  const voting = useVotingContext();
  const round = voting?.round;
  if (!round || !round.cardIds.includes(cardId)) return null;
  if (round.revealed) {
    const total = round.totals[cardId] ?? 0;
    return (
      <span
        role="img"
        aria-label={`${total} vote${total === 1 ? '' : 's'}`}
        className="nodrag absolute -top-3 -right-3 z-10 flex h-9 min-w-9 items-center justify-center rounded-full bg-indigo-600 px-2 text-base font-bold text-white shadow-lg ring-2 ring-white"
      >
        {total}
      </span>
    );
  }
  if (round.closed || !voting.canVote) return null;
  const mine = voting.mine?.mine[cardId] ?? 0;
  const left = voting.mine?.left ?? 0;
  return (
    <div className="nodrag absolute -top-3 -right-3 z-10 flex items-center gap-1 rounded-full bg-white px-1 py-0.5 shadow-lg ring-1 ring-slate-300">
      {mine > 0 && (
        <button
          type="button"
          aria-label={`Remove my vote from ${title}`}
          onClick={(e) => {
            e.stopPropagation();
            voting.unvote(cardId);
          }}
          className="h-6 w-6 rounded-full text-lg leading-none text-slate-600 hover:bg-slate-100"
        >
          −
        </button>
      )}
      <span aria-label={`My votes on ${title}: ${mine}`} role="img" className="flex gap-0.5 px-0.5">
        {Array.from({ length: Math.max(mine, 0) }, (_, i) => (
          <span key={i} className="h-3 w-3 rounded-full bg-indigo-600" />
        ))}
      </span>
      <button
        type="button"
        aria-label={`Vote for ${title}`}
        disabled={left === 0}
        onClick={(e) => {
          e.stopPropagation();
          voting.vote(cardId);
        }}
        className="h-6 w-6 rounded-full bg-indigo-600 text-lg leading-none text-white hover:bg-indigo-700 disabled:bg-slate-300"
      >
        +
      </button>
    </div>
  );
}
