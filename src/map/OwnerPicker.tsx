import { useId, useMemo, useRef, useState } from 'react';
import { addPerson, type PersonData } from '../doc/index.ts';
import { Avatar } from '../ui/Avatar.tsx';
import { useMapDoc } from '../editor/MapContext.tsx';

interface OwnerPickerProps {
  people: PersonData[];
  value: string | null;
  onChange(personId: string | null): void;
  disabled?: boolean;
}

type Option =
  { kind: 'none' } | { kind: 'person'; person: PersonData } | { kind: 'create'; name: string };

/** Picks an owner from the map's people, searchable, and can add a person on the spot. */
export function OwnerPicker({ people, value, onChange, disabled }: OwnerPickerProps) {
  const doc = useMapDoc();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const trigger = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const current = people.find((p) => p.id === value) ?? null;

  const options = useMemo<Option[]>(() => {
    const q = query.trim().toLowerCase();
    const found = people
      .filter((p) => !q || p.name.toLowerCase().includes(q) || p.team.toLowerCase().includes(q))
      .map((person) => ({ kind: 'person' as const, person }));
    const exact = people.some((p) => p.name.toLowerCase() === q);
    return [
      ...(q ? [] : [{ kind: 'none' as const }]),
      ...found,
      ...(q && !exact ? [{ kind: 'create' as const, name: query.trim() }] : []),
    ];
  }, [people, query]);

  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
    trigger.current?.focus();
  };
  const choose = (option: Option) => {
    if (option.kind === 'none') onChange(null);
    else if (option.kind === 'person') onChange(option.person.id);
    else onChange(addPerson(doc, { name: option.name }));
    close();
  };

  return (
    <div className="relative">
      <button
        ref={trigger}
        type="button"
        disabled={disabled}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-label={`Owner: ${current?.name ?? 'none'}`}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center gap-2 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-left text-slate-900 hover:border-slate-400 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:bg-slate-100"
      >
        {current ? (
          <>
            <Avatar name={current.name} color={current.color} size={22} decorative />
            <span className="truncate">{current.name}</span>
            <span className="truncate text-sm text-slate-500">{current.team}</span>
          </>
        ) : (
          <span className="text-slate-500">No owner</span>
        )}
      </button>
      {open && (
        <div className="absolute z-30 mt-1 w-full rounded-lg bg-white p-1 shadow-xl ring-1 ring-slate-200">
          <input
            autoFocus
            role="combobox"
            aria-label="Find or add a person"
            aria-controls={listId}
            aria-expanded="true"
            aria-activedescendant={`${listId}-${active}`}
            value={query}
            placeholder="Find or add a person…"
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
              else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
              else if (e.key === 'Enter' && options[active]) choose(options[active]);
              else if (e.key === 'Escape') close();
              else return;
              e.preventDefault();
            }}
            onBlur={(e) => {
              if (!e.currentTarget.parentElement?.contains(e.relatedTarget)) close();
            }}
            className="mb-1 w-full rounded-md border border-slate-300 px-2 py-1.5 focus:border-indigo-500 focus:outline-none"
          />
          <ul id={listId} role="listbox" aria-label="People" className="max-h-64 overflow-auto">
            {options.map((option, i) => (
              <li
                key={option.kind === 'person' ? option.person.id : option.kind}
                id={`${listId}-${i}`}
                role="option"
                aria-label={
                  option.kind === 'person'
                    ? option.person.name
                    : option.kind === 'none'
                      ? 'No owner'
                      : `Add “${option.name}” as a person`
                }
                aria-selected={i === active}
                tabIndex={-1}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(option)}
                onMouseEnter={() => setActive(i)}
                className={`flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 ${
                  i === active ? 'bg-indigo-50' : ''
                }`}
              >
                {option.kind === 'person' && (
                  <>
                    <Avatar
                      name={option.person.name}
                      color={option.person.color}
                      size={22}
                      decorative
                    />
                    <span className="truncate">{option.person.name}</span>
                    <span className="ml-auto truncate text-sm text-slate-500">
                      {option.person.team}
                    </span>
                  </>
                )}
                {option.kind === 'none' && <span className="text-slate-600">No owner</span>}
                {option.kind === 'create' && (
                  <span className="text-indigo-700">Add “{option.name}” as a person</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
