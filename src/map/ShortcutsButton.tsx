import { useUi, useUiStore } from '../editor/MapContext.tsx';

/** "?" in the top bar: the keyboard shortcuts panel (the ? key opens it too). */
export function ShortcutsButton() {
  const ui = useUiStore();
  const open = useUi((s) => s.panel === 'shortcuts');
  return (
    <button
      type="button"
      aria-label="Keyboard shortcuts"
      aria-pressed={open}
      onClick={() => ui.getState().openPanel(open ? null : 'shortcuts')}
      className="h-9 w-9 rounded-full text-base font-semibold text-slate-600 ring-1 ring-slate-300 hover:bg-slate-100"
    >
      ?
    </button>
  );
}
