export const SHORTCUTS: [string, string][] = [
  ['← → ↑ ↓', 'Move the selection between cards'],
  ['Enter', 'Edit the selected card, stage or lane'],
  ['N', 'Add a card in the selected card’s cell'],
  ['C', 'Connect the selected card to another (in its inspector)'],
  ['Delete', 'Delete the selected card or connection'],
  ['Ctrl/⌘ Z', 'Undo your last change'],
  ['Ctrl/⌘ Shift Z', 'Redo'],
  ['Escape', 'Clear the selection'],
  ['F', 'Fit the whole map in the view'],
  ['?', 'Show these shortcuts'],
];

/** The keyboard shortcuts of the editor. */
export function ShortcutsPanel() {
  return (
    <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-3">
      {SHORTCUTS.map(([keys, what]) => (
        <div key={keys} className="contents">
          <dt>
            <kbd className="rounded-md bg-slate-100 px-2 py-1 font-mono text-sm text-slate-800 ring-1 ring-slate-300">
              {keys}
            </kbd>
          </dt>
          <dd className="text-slate-700">{what}</dd>
        </div>
      ))}
    </dl>
  );
}
