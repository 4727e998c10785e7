import { useEffect, useRef, useState } from 'react';
import type { CardKind, MapState } from '../../doc/index.ts';
import { CARD_STYLES } from '../../canvas/cardStyles.ts';
import { useVotingContext } from './VotingContext.tsx';

/** The facilitator picks what to vote on (a kind of card) and how many dots each person gets. */
export function StartVoteDialog({ map, onClose }: { map: MapState; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<CardKind | 'all'>('painpoint');
  const [title, setTitle] = useState('Which pain points hurt most?');
  const [perPerson, setPerPerson] = useState(3);
  const [error, setError] = useState<string | null>(null);
  const voting = useVotingContext();
  useEffect(() => ref.current?.showModal(), []);
  const cards = map.cards.filter((c) => kind === 'all' || c.kind === kind).slice(0, 200);

  return (
    <dialog
      ref={ref}
      aria-labelledby="vote-title"
      onClose={onClose}
      className="m-auto w-[30rem] rounded-xl p-0 shadow-2xl backdrop:bg-slate-900/40"
    >
      <form
        className="flex flex-col gap-4 p-6"
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            if (!voting) throw new Error('Voting is not available on this page');
            await voting.api.start({
              title: title.trim() || 'Dot vote',
              cardIds: cards.map((c) => c.id),
              perPerson,
            });
            ref.current?.close();
          } catch (err) {
            setError((err as Error).message);
          }
        }}
      >
        <h2 id="vote-title" className="text-xl font-semibold text-slate-900">
          Start a dot vote
        </h2>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          Question
          <input
            value={title}
            maxLength={120}
            onChange={(e) => setTitle(e.target.value)}
            className="rounded-md border border-slate-300 px-2.5 py-1.5 text-base font-normal"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          Vote on
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as CardKind | 'all')}
            className="rounded-md border border-slate-300 px-2 py-1.5 text-base font-normal"
          >
            <option value="all">All cards</option>
            {(Object.keys(CARD_STYLES) as CardKind[]).map((k) => (
              <option key={k} value={k}>
                {CARD_STYLES[k].plural}
              </option>
            ))}
          </select>
          <span className="text-xs font-normal text-slate-500">
            {cards.length} cards on the ballot
          </span>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          Votes per person
          <input
            type="number"
            min={1}
            max={20}
            value={perPerson}
            onChange={(e) => setPerPerson(Math.max(1, Math.min(20, Number(e.target.value) || 1)))}
            className="w-24 rounded-md border border-slate-300 px-2.5 py-1.5 text-base font-normal"
          />
        </label>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <button
            type="button"
            onClick={() => ref.current?.close()}
            className="rounded-lg px-4 py-2 font-medium text-slate-700 hover:bg-slate-100"
          >
            Cancel
          </button>
          <button
            type="submit"
            disabled={cards.length === 0}
            className="rounded-lg bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700 disabled:opacity-50"
          >
            Start vote
          </button>
        </div>
      </form>
    </dialog>
  );
}
