import { useMemo, useRef, useState } from 'react';
import type { PersonData } from '../doc/index.ts';
import { Avatar } from '../ui/Avatar.tsx';
import { encodeMentions } from './commentText.ts';

interface ComposerProps {
  label: string;
  people: readonly PersonData[];
  initial?: string;
  submitLabel: string;
  onSubmit(text: string, mentions: string[]): void;
  onCancel?(): void;
}

/** A comment box; typing "@" offers the map's people, and a pick becomes a mention. */
export function Composer({
  label,
  people,
  initial = '',
  submitLabel,
  onSubmit,
  onCancel,
}: ComposerProps) {
  const [text, setText] = useState(initial);
  const [picked, setPicked] = useState<PersonData[]>(() =>
    people.filter((p) => initial.includes(`@${p.name}`)),
  );
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLTextAreaElement>(null);

  const matches = useMemo(
    () =>
      query === null
        ? []
        : people.filter((p) => p.name.toLowerCase().includes(query.toLowerCase())).slice(0, 6),
    [people, query],
  );

  const onChange = (value: string, caret: number) => {
    setText(value);
    const before = value.slice(0, caret);
    const at = /(^|\s)@([^@\n]{0,30})$/.exec(before);
    setQuery(at ? at[2]! : null);
    setActive(0);
  };
  const pick = (person: PersonData) => {
    const el = ref.current;
    const caret = el?.selectionStart ?? text.length;
    const before = text.slice(0, caret).replace(/@([^@\n]{0,30})$/, `@${person.name} `);
    setText(before + text.slice(caret));
    setPicked((list) => [...list.filter((p) => p.id !== person.id), person]);
    setQuery(null);
    el?.focus();
  };
  const submit = () => {
    if (!text.trim()) return;
    const { text: stored, mentions } = encodeMentions(text.trim(), picked);
    onSubmit(stored, mentions);
    setText('');
    setPicked([]);
  };

  return (
    <div className="relative flex flex-col gap-2">
      <textarea
        ref={ref}
        aria-label={label}
        value={text}
        rows={2}
        placeholder="Write a comment… type @ to mention someone"
        onChange={(e) => onChange(e.target.value, e.target.selectionStart)}
        onKeyDown={(e) => {
          if (matches.length > 0) {
            if (e.key === 'ArrowDown') setActive((a) => (a + 1) % matches.length);
            else if (e.key === 'ArrowUp')
              setActive((a) => (a - 1 + matches.length) % matches.length);
            else if (e.key === 'Enter' || e.key === 'Tab') pick(matches[active]!);
            else if (e.key === 'Escape') setQuery(null);
            else return;
            e.preventDefault();
          } else if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            submit();
          }
        }}
        className="w-full resize-y rounded-md border border-slate-300 px-2.5 py-1.5 text-[15px] focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
      />
      {matches.length > 0 && (
        <ul
          role="listbox"
          aria-label="Mention someone"
          className="absolute top-full left-0 z-30 mt-1 w-64 rounded-lg bg-white p-1 shadow-xl ring-1 ring-slate-200"
        >
          {matches.map((person, i) => (
            <li
              key={person.id}
              role="option"
              aria-label={person.name}
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(person);
              }}
              className={`flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 ${i === active ? 'bg-indigo-50' : ''}`}
            >
              <Avatar name={person.name} color={person.color} size={20} decorative />
              {person.name}
              <span className="ml-auto text-xs text-slate-500">{person.team}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="flex justify-end gap-2">
        {onCancel && (
          <button
            type="button"
            onClick={onCancel}
            className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100"
          >
            Cancel
          </button>
        )}
        <button
          type="button"
          disabled={!text.trim()}
          onClick={submit}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-40"
        >
          {submitLabel}
        </button>
      </div>
    </div>
  );
}
