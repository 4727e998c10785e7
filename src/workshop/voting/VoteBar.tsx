import { useState } from 'react';
import { addAction, type MapState } from '../../doc/index.ts';
import { versionsApi } from '../../api/versions.ts';
import { useMapDoc } from '../../editor/MapContext.tsx';
import { useVotingContext } from './VotingContext.tsx';

/**
 * The running vote for everyone (my dots left) and its controls and results for the
 * facilitator, docked beside the canvas: the results scroll inside it, the buttons stay.
 */
export function VoteBar({
  mapId,
  map,
  facilitator,
}: {
  mapId: string;
  map: MapState;
  facilitator: boolean;
}) {
  const voting = useVotingContext();
  const doc = useMapDoc();
  const [note, setNote] = useState<string | null>(null);
  const round = voting?.round;
  if (!voting || !round) return null;
  const title = (id: string) => map.cards.find((c) => c.id === id)?.title ?? 'A deleted card';
  const ranked = round.revealed
    ? [...round.cardIds].sort((a, b) => (round.totals[b] ?? 0) - (round.totals[a] ?? 0))
    : [];
  const run = (job: Promise<unknown>, done?: string) =>
    job.then(
      () => setNote(done ?? null),
      (e: Error) => setNote(e.message),
    );

  return (
    <section
      aria-label="Dot vote"
      className="relative z-20 flex h-full w-80 shrink-0 flex-col gap-3 border-l border-slate-200 bg-white p-4"
    >
      <div>
        <p className="text-xs font-semibold tracking-wide text-indigo-700 uppercase">
          {round.revealed ? 'Vote results' : round.closed ? 'Vote closed' : 'Dot vote'}
        </p>
        <h2 className="text-lg font-semibold text-slate-900">{round.title}</h2>
      </div>
      {!round.revealed && voting.mine && (
        <p className="text-base text-slate-700" aria-live="polite">
          You have <strong>{voting.mine.left}</strong> of {round.perPerson} votes left
        </p>
      )}
      <p className="text-sm text-slate-600">
        {round.voters} {round.voters === 1 ? 'person has' : 'people have'} voted · {round.cast}{' '}
        votes cast
        {!round.revealed && ' · hidden until revealed'}
      </p>
      {voting.error && (
        <p role="alert" className="text-sm text-red-700">
          {voting.error}
        </p>
      )}
      {round.revealed && (
        <ol
          aria-label="Ranked results"
          tabIndex={0}
          className="-mx-1 flex min-h-0 flex-1 flex-col gap-1 overflow-y-auto px-1 focus-visible:outline-2 focus-visible:outline-indigo-500"
        >
          {ranked.map((id, i) => (
            <li
              key={id}
              className="flex shrink-0 items-center gap-2 rounded-md bg-slate-50 px-2 py-1.5 text-sm"
            >
              <span className="w-6 text-right font-semibold text-slate-600">{i + 1}.</span>
              <span className="min-w-0 flex-1 truncate text-slate-900">{title(id)}</span>
              <span className="font-bold text-indigo-700">{round.totals[id] ?? 0}</span>
              {facilitator && (
                <button
                  type="button"
                  aria-label={`Create action for ${title(id)}`}
                  onClick={() => {
                    addAction(doc, { title: title(id), cardIds: [id], impact: 4 });
                    setNote(`Action created for “${title(id)}”`);
                  }}
                  className="rounded px-1.5 text-xs font-medium text-indigo-700 hover:bg-indigo-50"
                >
                  Action
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {note && (
        <p className="text-sm text-slate-600" aria-live="polite">
          {note}
        </p>
      )}
      {facilitator && (
        <div className="mt-auto flex flex-wrap gap-2 border-t border-slate-100 pt-3">
          {!round.revealed && (
            <button
              type="button"
              onClick={() => void run(voting.api.reveal(round.id))}
              className="rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-700"
            >
              Reveal votes
            </button>
          )}
          {round.revealed && (
            <button
              type="button"
              onClick={() =>
                void run(
                  versionsApi.save(
                    mapId,
                    `Vote: ${round.title}`,
                    ranked.map((id) => `${title(id)}: ${round.totals[id] ?? 0}`).join('\n'),
                  ),
                  'Saved as a version',
                )
              }
              className="rounded-lg px-3 py-1.5 text-sm font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50"
            >
              Keep as a version
            </button>
          )}
          <button
            type="button"
            onClick={() => void run(voting.api.close(round.id))}
            className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            Close vote
          </button>
        </div>
      )}
    </section>
  );
}
