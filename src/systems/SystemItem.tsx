import { useId, useState } from 'react';
import {
  addAction,
  addPerson,
  deleteSystem,
  roadmapQuadrant,
  updateSystem,
  type CardData,
  type MapState,
  type SystemData,
} from '../doc/index.ts';
import { useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { CommitField } from '../ui/CommitField.tsx';
import { OwnerPicker } from '../ui/OwnerPicker.tsx';
import { Segmented, inputClass } from '../ui/fields.tsx';
import { actionForSystem } from './actionFrom.ts';
import { QUADRANT_COLORS, QUADRANT_LABELS } from './roadmapGeometry.ts';

const SCORES = [1, 2, 3, 4, 5] as const;
const link =
  'rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-500';

/** One catalogue entry: a summary line that opens into every field of the system. */
export function SystemItem({
  system,
  map,
  users,
  cards,
  focused,
  readOnly,
}: {
  system: SystemData;
  map: MapState;
  /** The cards that rely on it. */
  users: readonly CardData[];
  /** The system cards that stand for it. */
  cards: readonly CardData[];
  focused: boolean;
  readOnly: boolean;
}) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const id = useId();
  const [open, setOpen] = useState(false);
  const name = system.name || 'Untitled system';
  const owner = map.people.find((p) => p.id === system.ownerId);
  const quadrant = roadmapQuadrant(system);

  return (
    <article
      aria-label={`System ${name}`}
      className={`rounded-lg ring-1 ${focused ? 'bg-amber-50 ring-2 ring-amber-400' : 'ring-slate-200'}`}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center gap-2 px-3 py-2 text-left focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        <span
          className="h-2.5 w-2.5 shrink-0 rounded-full"
          style={{ background: QUADRANT_COLORS[quadrant] }}
          aria-hidden="true"
        />
        <span className="min-w-0 flex-1">
          <span className="block truncate font-medium text-slate-900">{name}</span>
          <span className="block text-sm text-slate-600">
            Maturity {system.maturity} · importance {system.importance} ·{' '}
            {QUADRANT_LABELS[quadrant].toLowerCase()}
            {owner ? ` · ${owner.name}` : ' · no owner'}
          </span>
        </span>
      </button>
      {open && (
        <div id={id} className="flex flex-col gap-3 border-t border-slate-200 p-3">
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            Name
            <CommitField
              label={`Name of ${name}`}
              value={system.name}
              required
              disabled={readOnly}
              className={inputClass}
              onCommit={(value) => updateSystem(doc, system.id, { name: value })}
            />
          </label>
          <div className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            <span aria-hidden="true">Owner</span>
            <OwnerPicker
              label={`Owner of ${name}`}
              people={map.people}
              value={system.ownerId}
              disabled={readOnly}
              onChange={(ownerId) => updateSystem(doc, system.id, { ownerId })}
              onAddPerson={(person) => addPerson(doc, { name: person })}
            />
          </div>
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            Description
            <CommitField
              label={`Description of ${name}`}
              value={system.description}
              rows={3}
              disabled={readOnly}
              className={inputClass}
              onCommit={(value) => updateSystem(doc, system.id, { description: value })}
            />
          </label>
          <Segmented
            label={`Maturity of ${name} (how well it serves the journey today)`}
            value={system.maturity}
            disabled={readOnly}
            options={SCORES.map((s) => ({ value: s, label: String(s) }))}
            onChange={(maturity) => updateSystem(doc, system.id, { maturity })}
          />
          <Segmented
            label={`Importance of ${name} (how much the journey depends on it)`}
            value={system.importance}
            disabled={readOnly}
            options={SCORES.map((s) => ({ value: s, label: String(s) }))}
            onChange={(importance) => updateSystem(doc, system.id, { importance })}
          />
          <p className="text-sm text-slate-600">
            {users.length === 0
              ? 'No card relies on it yet.'
              : `${users.length} card${users.length === 1 ? '' : 's'} rel${users.length === 1 ? 'ies' : 'y'} on it`}
            {cards.length > 0 &&
              `; ${cards.length} system card${cards.length === 1 ? '' : 's'} on the map`}
            .
          </p>
          <div className="flex flex-wrap gap-1">
            <button
              type="button"
              aria-pressed={focused}
              className={link}
              onClick={() => ui.getState().focusSystem(focused ? null : system.id)}
            >
              {focused ? 'Stop showing on the map' : 'Show on the map'}
            </button>
            {!readOnly && (
              <>
                <button
                  type="button"
                  className={link}
                  onClick={() => {
                    addAction(doc, actionForSystem(system, [...cards, ...users]));
                    ui.getState().openPanel('actions');
                  }}
                >
                  Create action
                </button>
                <button
                  type="button"
                  className="ml-auto rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50"
                  onClick={() =>
                    ui.getState().askConfirm({
                      title: `Delete ${name}?`,
                      body: 'Cards that stand for or rely on it keep their place on the map and lose the link.',
                      confirmLabel: 'Delete system',
                      onConfirm: () => deleteSystem(doc, system.id),
                    })
                  }
                >
                  Delete system
                </button>
              </>
            )}
          </div>
        </div>
      )}
    </article>
  );
}
