import { addPersona, deletePersona, updatePersona, type MapState } from '../../doc/index.ts';
import { PERSONA_COLORS } from '../../canvas/emotion.ts';
import { useMapDoc, useUi, useUiStore } from '../../editor/MapContext.tsx';
import { CommitField } from '../../ui/CommitField.tsx';
import { EditableList } from '../../ui/EditableList.tsx';

const PERSONA_FIELDS = [
  { name: 'name', label: 'Persona name', placeholder: 'e.g. First-time buyer', required: true },
] as const;

/** Personas: who the journey is for; each gets an emotion curve that can be shown or hidden. */
export function PersonasPanel({ map, readOnly }: { map: MapState; readOnly: boolean }) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const hidden = useUi((s) => s.hiddenPersonas);

  return (
    <EditableList
      items={map.personas}
      readOnly={readOnly}
      add={{
        fields: PERSONA_FIELDS,
        submitLabel: 'Add persona',
        layout: 'inline',
        onAdd: ({ name }) => addPersona(doc, name),
      }}
      empty="No personas yet. Add one to draw its emotion curve."
      listClassName="flex flex-col gap-3"
      itemClassName="flex flex-col gap-2 rounded-lg p-3 ring-1 ring-slate-200"
      deleteLabel={(persona) => `Delete persona ${persona.name}`}
      onDelete={(persona) => deletePersona(doc, persona.id)}
    >
      {(persona, i, remove) => (
        <>
          <div className="flex items-center gap-2">
            <span
              className="h-1.5 w-6 rounded-full"
              style={{ background: PERSONA_COLORS[i % PERSONA_COLORS.length] }}
              aria-hidden="true"
            />
            <CommitField
              label={`Name of persona ${persona.name}`}
              value={persona.name}
              required
              disabled={readOnly}
              onCommit={(name) => updatePersona(doc, persona.id, { name })}
              className="min-w-0 flex-1 rounded bg-transparent font-medium text-slate-900 focus:bg-white focus:outline-indigo-500"
            />
            <label className="flex items-center gap-1 text-sm text-slate-600">
              <input
                type="checkbox"
                checked={!hidden.includes(persona.id)}
                onChange={() => ui.getState().togglePersona(persona.id)}
                className="h-4 w-4 accent-indigo-600"
              />
              Show curve<span className="sr-only"> of {persona.name}</span>
            </label>
            {remove}
          </div>
          <CommitField
            label={`Description of ${persona.name}`}
            value={persona.description}
            placeholder="Who they are, what they want"
            disabled={readOnly}
            rows={2}
            onCommit={(description) => updatePersona(doc, persona.id, { description })}
            className="rounded-md border border-slate-200 px-2 py-1 text-sm text-slate-700 focus:border-indigo-500 focus:outline-none"
          />
        </>
      )}
    </EditableList>
  );
}
