import { updateStage, type MapState, type StageData } from '../../doc/index.ts';
import { Field, Group, TextField } from '../../ui/fields.tsx';
import { useMapDoc, useUiStore } from '../MapContext.tsx';
import { OwnerPicker } from '../OwnerPicker.tsx';
import { KpiList } from './KpiList.tsx';

/** A stage's name, goal, owner and KPIs. */
export function StageInspector({
  stage,
  map,
  readOnly,
}: {
  stage: StageData;
  map: MapState;
  readOnly: boolean;
}) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const cards = map.cards.filter((c) => c.stageId === stage.id).length;
  return (
    <div className="flex flex-col gap-4">
      <button
        type="button"
        onClick={() => ui.getState().openPanel('comments')}
        className="self-start rounded-md bg-amber-50 px-3 py-1.5 text-sm font-medium text-amber-900 ring-1 ring-amber-200 hover:bg-amber-100"
      >
        Comments on this stage
      </button>
      <p className="text-sm text-slate-500">
        Stage {map.stages.indexOf(stage) + 1} of {map.stages.length} · {cards} card
        {cards === 1 ? '' : 's'}
      </p>
      <TextField
        label="Name"
        value={stage.name}
        disabled={readOnly}
        onCommit={(name) => updateStage(doc, stage.id, { name })}
      />
      <Field label="Goal" hint="What the customer should achieve here, in one line.">
        <textarea
          key={stage.id}
          defaultValue={stage.goal}
          disabled={readOnly}
          rows={2}
          onBlur={(e) =>
            e.target.value !== stage.goal && updateStage(doc, stage.id, { goal: e.target.value })
          }
          className="rounded-md border border-slate-300 px-2.5 py-1.5 font-normal text-slate-900 focus:border-indigo-500 focus:outline-none disabled:bg-slate-100"
        />
      </Field>
      <Group label="Owner">
        <OwnerPicker
          people={map.people}
          value={stage.ownerId}
          disabled={readOnly}
          onChange={(ownerId) => updateStage(doc, stage.id, { ownerId })}
        />
      </Group>
      <KpiList map={map} attach={{ stageId: stage.id }} readOnly={readOnly} />
    </div>
  );
}
