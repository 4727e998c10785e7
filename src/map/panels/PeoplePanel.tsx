import { useState } from 'react';
import { addPerson, deletePerson, updatePerson, type MapState } from '../../doc/index.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { IconButton } from '../../ui/IconButton.tsx';
import { TrashIcon } from '../../ui/icons.tsx';
import { useMapDoc, useUi, useUiStore } from '../../editor/MapContext.tsx';

/** The map's people and teams; filter the canvas to what one of them owns. */
export function PeoplePanel({ map, readOnly }: { map: MapState; readOnly: boolean }) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const ownerFilter = useUi((s) => s.filters.ownerId);
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const owned = (id: string) =>
    map.cards.filter((c) => c.ownerId === id).length +
    map.stages.filter((s) => s.ownerId === id).length +
    map.kpis.filter((k) => k.ownerId === id).length;

  return (
    <div className="flex flex-col gap-4">
      {!readOnly && (
        <form
          className="flex flex-col gap-2 rounded-lg bg-slate-50 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return;
            addPerson(doc, { name: name.trim(), team: team.trim() });
            setName('');
            setTeam('');
          }}
        >
          <input
            aria-label="Person name"
            placeholder="Name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="rounded-md border border-slate-300 px-2.5 py-1.5"
          />
          <input
            aria-label="Team"
            placeholder="Team or department"
            value={team}
            onChange={(e) => setTeam(e.target.value)}
            className="rounded-md border border-slate-300 px-2.5 py-1.5"
          />
          <button
            type="submit"
            className="self-end rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700"
          >
            Add person
          </button>
        </form>
      )}
      {map.people.length === 0 && (
        <p className="text-slate-500">
          Nobody yet. Add the people and teams who own parts of this journey.
        </p>
      )}
      <ul className="flex flex-col gap-2">
        {map.people.map((person) => (
          <li
            key={person.id}
            className="flex items-center gap-3 rounded-lg p-2 ring-1 ring-slate-200"
          >
            <Avatar name={person.name} color={person.color} size={32} decorative />
            <div className="min-w-0 flex-1">
              <input
                key={`n-${person.name}`}
                aria-label={`Name of ${person.name}`}
                defaultValue={person.name}
                disabled={readOnly}
                onBlur={(e) =>
                  e.target.value.trim() &&
                  updatePerson(doc, person.id, { name: e.target.value.trim() })
                }
                className="w-full truncate rounded bg-transparent font-medium text-slate-900 focus:bg-white focus:outline-indigo-500"
              />
              <input
                key={`t-${person.team}`}
                aria-label={`Team of ${person.name}`}
                defaultValue={person.team}
                placeholder="Team"
                disabled={readOnly}
                onBlur={(e) => updatePerson(doc, person.id, { team: e.target.value.trim() })}
                className="w-full truncate rounded bg-transparent text-sm text-slate-600 focus:bg-white focus:outline-indigo-500"
              />
            </div>
            <button
              type="button"
              aria-pressed={ownerFilter === person.id}
              onClick={() =>
                ui.getState().setFilters({ ownerId: ownerFilter === person.id ? null : person.id })
              }
              className={`rounded-md px-2 py-1 text-sm whitespace-nowrap ${ownerFilter === person.id ? 'bg-indigo-600 text-white' : 'text-indigo-700 hover:bg-indigo-50'}`}
              title={`Show only what ${person.name} owns`}
            >
              Owns {owned(person.id)}
            </button>
            {!readOnly && (
              <IconButton
                label={`Remove ${person.name}`}
                onClick={() => deletePerson(doc, person.id)}
              >
                <TrashIcon />
              </IconButton>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
