import { useState } from 'react';
import { addPersona, deletePersona, updatePersona, type MapState } from '../../doc/index.ts';
import { PERSONA_COLORS } from '../../canvas/emotion.ts';
import { IconButton } from '../../ui/IconButton.tsx';
import { TrashIcon } from '../../ui/icons.tsx';
import { useMapDoc, useUi, useUiStore } from '../../editor/MapContext.tsx';

/** Personas: who the journey is for; each gets an emotion curve that can be shown or hidden. */
export function PersonasPanel({ map, readOnly }: { map: MapState; readOnly: boolean }) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const hidden = useUi((s) => s.hiddenPersonas);
  const [name, setName] = useState('');

  return (
    <div className="flex flex-col gap-4">
      {!readOnly && (
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) addPersona(doc, name.trim());
            setName('');
          }}
        >
          <input
            aria-label="Persona name"
            placeholder="e.g. First-time buyer"
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-2.5 py-1.5"
          />
          <button
            type="submit"
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700"
          >
            Add persona
          </button>
        </form>
      )}
      {map.personas.length === 0 && (
        <p className="text-slate-500">No personas yet. Add one to draw its emotion curve.</p>
      )}
      <ul className="flex flex-col gap-3">
        {map.personas.map((persona, i) => (
          <li key={persona.id} className="flex flex-col gap-2 rounded-lg p-3 ring-1 ring-slate-200">
            <div className="flex items-center gap-2">
              <span
                className="h-1.5 w-6 rounded-full"
                style={{ background: PERSONA_COLORS[i % PERSONA_COLORS.length] }}
                aria-hidden="true"
              />
              <input
                key={`n-${persona.name}`}
                aria-label={`Name of persona ${persona.name}`}
                defaultValue={persona.name}
                disabled={readOnly}
                onBlur={(e) =>
                  e.target.value.trim() &&
                  updatePersona(doc, persona.id, { name: e.target.value.trim() })
                }
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
              {!readOnly && (
                <IconButton
                  label={`Delete persona ${persona.name}`}
                  onClick={() => deletePersona(doc, persona.id)}
                >
                  <TrashIcon />
                </IconButton>
              )}
            </div>
            <textarea
              key={`d-${persona.description}`}
              aria-label={`Description of ${persona.name}`}
              defaultValue={persona.description}
              placeholder="Who they are, what they want"
              disabled={readOnly}
              rows={2}
              onBlur={(e) => updatePersona(doc, persona.id, { description: e.target.value })}
              className="rounded-md border border-slate-200 px-2 py-1 text-sm text-slate-700 focus:border-indigo-500 focus:outline-none"
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
