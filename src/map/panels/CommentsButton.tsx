import { useUiStore } from '../../editor/MapContext.tsx';

/** Opens the comments panel on the selected card or stage. */
export function CommentsButton({ what }: { what: 'card' | 'stage' }) {
  const ui = useUiStore();
  return (
    <button
      type="button"
      onClick={() => ui.getState().openPanel('comments')}
      className="self-start rounded-md bg-amber-50 px-3 py-1.5 text-sm font-medium text-amber-900 ring-1 ring-amber-200 hover:bg-amber-100"
    >
      Comments on this {what}
    </button>
  );
}
