import { addPerson, deletePerson, updatePerson, type MapState } from '../../doc/index.ts';
import { useMapDoc, useUi, useUiStore } from '../../editor/MapContext.tsx';
import { Avatar } from '../../ui/Avatar.tsx';
import { CommitField } from '../../ui/CommitField.tsx';
import { EditableList } from '../../ui/EditableList.tsx';

const PERSON_FIELDS = [
  { name: 'name', label: 'Person name', placeholder: 'Name', required: true },
  { name: 'team', label: 'Team', placeholder: 'Team or department' },
] as const;

/** The map's people and teams; filter the canvas to what one of them owns. */
export function PeoplePanel({ map, readOnly }: { map: MapState; readOnly: boolean }) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const ownerFilter = useUi((s) => s.filters.ownerId);
  const owned = (id: string) =>
    map.cards.filter((c) => c.ownerId === id).length +
    map.stages.filter((s) => s.ownerId === id).length +
    map.kpis.filter((k) => k.ownerId === id).length;

  return (
    <EditableList
      items={map.people}
      readOnly={readOnly}
      add={{
        fields: PERSON_FIELDS,
        submitLabel: 'Add person',
        layout: 'stacked',
        onAdd: (person) => addPerson(doc, person),
      }}
      empty="Nobody yet. Add the people and teams who own parts of this journey."
      listClassName="flex flex-col gap-2"
      itemClassName="flex items-center gap-3 rounded-lg p-2 ring-1 ring-slate-200"
      deleteLabel={(person) => `Remove ${person.name}`}
      onDelete={(person) => deletePerson(doc, person.id)}
    >
      {(person, _index, remove) => (
        <>
          <Avatar name={person.name} color={person.color} size={32} decorative />
          <div className="min-w-0 flex-1">
            <CommitField
              label={`Name of ${person.name}`}
              value={person.name}
              required
              disabled={readOnly}
              onCommit={(name) => updatePerson(doc, person.id, { name })}
              className="w-full truncate rounded bg-transparent font-medium text-slate-900 focus:bg-white focus:outline-indigo-500"
            />
            <CommitField
              label={`Team of ${person.name}`}
              value={person.team}
              placeholder="Team"
              disabled={readOnly}
              onCommit={(team) => updatePerson(doc, person.id, { team })}
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
          {remove}
        </>
      )}
    </EditableList>
  );
}
