import { IconButton } from '../../ui/IconButton.tsx';
import { currentMapKey, navigateStore, useFolded } from './store.ts';

type Kind = 'stage' | 'lane';

/** Whether this user folded the stage or lane away (their own view only). */
export function useIsFolded(kind: Kind, id: string): boolean {
  const folded = useFolded();
  return (kind === 'stage' ? folded.stages : folded.lanes).includes(id);
}

const toggle = (kind: Kind, id: string) =>
  navigateStore.getState().toggle(currentMapKey(), kind, id);

const Chevron = ({ open }: { open: boolean }) => (
  <svg
    viewBox="0 0 24 24"
    width="16"
    height="16"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    aria-hidden
    style={{ transform: open ? 'rotate(0deg)' : 'rotate(-90deg)' }}
  >
    <path d="M6 9l6 6 6-6" />
  </svg>
);

/** The header button that folds a stage or lane away on this screen only. */
export function FoldButton({ kind, id, name }: { kind: Kind; id: string; name: string }) {
  return (
    <IconButton label={`Fold ${kind} ${name}`} onClick={() => toggle(kind, id)}>
      <Chevron open />
    </IconButton>
  );
}

/**
 * What a folded stage or lane shows instead of its header: its name (running down a stage's
 * narrow column) and a button to unfold it. Its cards are left out of this user's view.
 */
export function FoldedHeader({
  kind,
  id,
  name,
  cards,
}: {
  kind: Kind;
  id: string;
  name: string;
  cards: number;
}) {
  const stage = kind === 'stage';
  return (
    <div
      className={`flex h-full items-center gap-1 border-indigo-300 bg-slate-50 text-slate-700 shadow-sm ${
        stage ? 'flex-col rounded-t-xl border-b-4 py-2' : 'border-r border-b px-2'
      }`}
      title={`${name}: folded (${cards} card${cards === 1 ? '' : 's'})`}
    >
      <IconButton label={`Unfold ${kind} ${name}`} onClick={() => toggle(kind, id)}>
        <Chevron open={false} />
      </IconButton>
      <span
        className="min-h-0 min-w-0 truncate text-sm font-semibold"
        style={stage ? { writingMode: 'vertical-rl' } : undefined}
      >
        {name}
      </span>
      <span className="text-xs text-slate-500">{cards}</span>
    </div>
  );
}

/** The fold button for those who may not edit (editors have it among the header's controls). */
export function ViewerFoldBar({ kind, id, name }: { kind: Kind; id: string; name: string }) {
  return (
    <div
      className={`flex rounded-md bg-white/95 opacity-0 shadow-sm transition-opacity group-focus-within:opacity-100 group-hover:opacity-100 ${
        kind === 'stage' ? 'absolute top-2 right-2' : 'mt-auto'
      }`}
    >
      <FoldButton kind={kind} id={id} name={name} />
    </div>
  );
}
