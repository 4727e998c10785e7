import { useId, useMemo, useRef, useState } from 'react';
import type { PersonData } from '../doc/index.ts';
import { Avatar } from './Avatar.tsx';

interface OwnerPickerProps {
  people: PersonData[];
  value: string | null;
  onChange(personId: string | null): void;
  /** Adds a person to the map by name and returns their id (the "Add …" option). */
  onAddPerson(name: string): string;
  /** Read-only: the owner shows as text, not as a control. */
  disabled?: boolean;
  /** The combobox's accessible name. */
  label?: string;
}

type Option = { kind: 'person'; person: PersonData } | { kind: 'create'; name: string };

/** The people matching a query (by name or team), grouped by team; "add" when none is exact. */
export function ownerOptions(people: readonly PersonData[], query: string): Option[] {
  const q = query.trim().toLowerCase();
  const found = people
    .filter((p) => !q || p.name.toLowerCase().includes(q) || p.team.toLowerCase().includes(q))
    .sort((a, b) => a.team.localeCompare(b.team) || a.name.localeCompare(b.name))
    .map((person) => ({ kind: 'person' as const, person }));
  const exact = people.some((p) => p.name.toLowerCase() === q);
  return [...found, ...(q && !exact ? [{ kind: 'create' as const, name: query.trim() }] : [])];
}

/**
 * The owner of a card, stage or KPI: a combobox of the map's people (with avatar and team)
 * that filters as one types, adds a person inline, and clears. Arrow keys move, Enter picks,
 * Escape closes without change.
 */
export function OwnerPicker({
  people,
  value,
  onChange,
  onAddPerson,
  disabled,
  label = 'Owner',
}: OwnerPickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const current = people.find((p) => p.id === value) ?? null;
  const options = useMemo(() => ownerOptions(people, query ?? ''), [people, query]);

  if (disabled) {
    return (
      <p className="flex items-center gap-2 py-1 text-slate-900">
        {current ? (
          <>
            <Avatar name={current.name} color={current.color} size={24} decorative />
            <span>{current.name}</span>
            <span className="text-sm text-slate-600">{current.team}</span>
          </>
        ) : (
          <span className="text-slate-600">No owner</span>
        )}
      </p>
    );
  }

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };
  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === 'person') onChange(option.person.id);
    else onChange(onAddPerson(option.name));
    close();
  };
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <div className="relative">
      <div className="flex items-center gap-2 rounded-md border border-slate-300 bg-white px-2 focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-200">
        {current && query === null ? (
          <Avatar name={current.name} color={current.color} size={24} decorative />
        ) : (
          <span
            aria-hidden="true"
            className="h-6 w-6 shrink-0 rounded-full border border-dashed border-slate-400"
          />
        )}
        <input
          ref={input}
          role="combobox"
          aria-label={label}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && options[active] ? optionId(active) : undefined}
          value={query ?? current?.name ?? ''}
          placeholder="Choose or add a person…"
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => setOpen(true)}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              if (!open) setOpen(true);
              else setActive((a) => Math.min(a + 1, options.length - 1));
            } else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter' && open) choose(options[active]);
            else if (e.key === 'Escape' && open) close();
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
          onBlur={close}
          className="min-w-0 flex-1 bg-transparent py-1.5 text-slate-900 placeholder:text-slate-500 focus:outline-none"
        />
        {current && (
          <button
            type="button"
            aria-label={`Clear owner ${current.name}`}
            title="Clear owner"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              onChange(null);
              input.current?.focus();
            }}
            className="rounded px-1 text-lg leading-none text-slate-600 hover:bg-slate-100 hover:text-slate-900"
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
        <span aria-hidden="true" className="text-slate-500">
          ▾
        </span>
      </div>
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label="People"
          className="absolute z-30 mt-1 max-h-64 w-full overflow-auto rounded-lg bg-white p-1 shadow-xl ring-1 ring-slate-200"
        >
          {options.length === 0 && (
            <li className="px-2 py-1.5 text-sm text-slate-600">
              No people yet: type a name to add one.
            </li>
          )}
          {options.map((option, i) => (
            <li
              key={option.kind === 'person' ? option.person.id : option.kind}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
              onMouseEnter={() => setActive(i)}
              className={`flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 ${
                i === active ? 'bg-indigo-50' : ''
              }`}
            >
              {option.kind === 'person' ? (
                <>
                  <Avatar
                    name={option.person.name}
                    color={option.person.color}
                    size={22}
                    decorative
                  />
                  <span className="truncate">{option.person.name}</span>
                  {option.person.team && (
                    // The option is named by the person alone; the team is there to tell apart.
                    <span aria-hidden="true" className="ml-auto truncate text-sm text-slate-600">
                      {option.person.team}
                    </span>
                  )}
                </>
              ) : (
                <span className="text-indigo-700">Add “{option.name}” as a person</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
