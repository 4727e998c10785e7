import { addSystem, relianceOf, type MapState } from '../doc/index.ts';
import { useMapDoc, useUi } from '../editor/MapContext.tsx';
import { AddForm } from '../ui/AddForm.tsx';
import { SystemItem } from './SystemItem.tsx';

/** The catalogue: every system with its owner, description and scores, and "Add system". */
export function SystemList({ map, readOnly }: { map: MapState; readOnly: boolean }) {
  const doc = useMapDoc();
  const focused = useUi((s) => s.focusedSystem);
  const reliance = relianceOf(map);
  return (
    <div className="flex flex-col gap-3">
      {!readOnly && (
        <AddForm
          fields={[
            {
              name: 'name',
              label: 'New system name',
              placeholder: 'CRM, ticketing, data warehouse…',
              required: true,
            },
          ]}
          submitLabel="Add system"
          layout="inline"
          onAdd={({ name }) => addSystem(doc, { name })}
        />
      )}
      {map.systems.length === 0 ? (
        <p className="text-slate-500">
          No systems yet. Add the systems behind this journey, or choose “Add to catalogue” on a
          system card.
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {map.systems.map((system) => (
            <li key={system.id}>
              <SystemItem
                system={system}
                map={map}
                users={reliance.usersOf.get(system.id) ?? []}
                cards={reliance.cardsOf.get(system.id) ?? []}
                focused={focused === system.id}
                readOnly={readOnly}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
