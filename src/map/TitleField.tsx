import { useState } from 'react';

/** The map title, editable in the top bar; saves on Enter or when focus leaves. */
export function TitleField({ title, onSave }: { title: string; onSave(title: string): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    const next = draft?.trim();
    if (next && next !== title) onSave(next);
    setDraft(null);
  };
  return (
    <input
      aria-label="Map title"
      value={draft ?? title}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(null);
          e.currentTarget.blur();
        }
      }}
      className="w-[28rem] max-w-full min-w-0 rounded-md border border-transparent bg-transparent px-2 py-1 text-xl font-semibold text-slate-900 hover:border-slate-300 focus:border-indigo-500 focus:bg-white focus:outline-none"
    />
  );
}
