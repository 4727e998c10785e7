import {
  addSystemFromCard,
  relianceOf,
  setCardReliesOn,
  setCardSystem,
  type CardData,
  type MapState,
} from '../doc/index.ts';
import { useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { SelectField } from '../ui/fields.tsx';

const link =
  'self-start rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-500';

/**
 * A card's place behind the journey: a system card names the catalogue entry it stands for;
 * any card ticks the systems it relies on (and sees those it reaches by "depends on" lines).
 */
export function CardSystems({
  card,
  map,
  readOnly,
}: {
  card: CardData;
  map: MapState;
  readOnly: boolean;
}) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const viaLines = (relianceOf(map).systemsOf.get(card.id) ?? []).filter(
    (s) => !card.reliesOn.includes(s.id),
  );
  const isSystem = card.kind === 'system';
  if (map.systems.length === 0 && !isSystem) return null;

  return (
    <section className="flex flex-col gap-2" aria-label="Systems">
      <h3 className="text-sm font-semibold text-slate-900">Systems</h3>
      {isSystem && (
        <>
          <SelectField
            label="Stands for"
            value={card.systemId ?? ''}
            disabled={readOnly}
            options={[
              { value: '', label: 'No catalogue entry' },
              ...map.systems.map((s) => ({ value: s.id, label: s.name || 'Untitled system' })),
            ]}
            onChange={(id) => setCardSystem(doc, card.id, id || null)}
          />
          {!card.systemId && !readOnly && (
            <button type="button" className={link} onClick={() => addSystemFromCard(doc, card.id)}>
              Add to catalogue
            </button>
          )}
        </>
      )}
      {map.systems.length > 0 && (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium text-slate-700">Relies on</legend>
          {map.systems
            .filter((s) => s.id !== card.systemId)
            .map((s) => (
              <label key={s.id} className="flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  checked={card.reliesOn.includes(s.id)}
                  disabled={readOnly}
                  onChange={(e) => setCardReliesOn(doc, card.id, s.id, e.target.checked)}
                  className="h-4 w-4 accent-indigo-600"
                />
                {s.name || 'Untitled system'}
                <span className={s.maturity <= 2 ? 'text-red-700' : 'text-slate-500'}>
                  (maturity {s.maturity})
                </span>
              </label>
            ))}
        </fieldset>
      )}
      {viaLines.length > 0 && (
        <p className="text-sm text-slate-600">
          Also through “depends on” lines: {viaLines.map((s) => s.name).join(', ')}.
        </p>
      )}
      <button type="button" className={link} onClick={() => ui.getState().openPanel('systems')}>
        Open the systems catalogue
      </button>
    </section>
  );
}
