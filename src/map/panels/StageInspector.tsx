import { updateStage, type MapState, type StageData, addPerson } from '../../doc/index.ts';
import { Field, Group, TextField } from '../../ui/fields.tsx';
import { useMapDoc } from '../../editor/MapContext.tsx';
import { ActivityTrail } from '../../conflicts/ActivityTrail.tsx';
import { CommentsButton } from './CommentsButton.tsx';
import { OwnerPicker } from '../../ui/OwnerPicker.tsx';
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
  const cards = map.cards.filter((c) => c.stageId === stage.id).length;
  return (
    <div className="flex flex-col gap-4">
      <CommentsButton what="stage" />
      <p className="text-sm text-slate-600">
        Stage {map.stages.indexOf(stage) + 1} of {map.stages.length} · {cards} card
        {cards === 1 ? '' : 's'}
      </p>
      {readOnly ? (
        // Who may not edit reads the stage: text, not disabled inputs.
        <div className="flex flex-col gap-1">
          <h3 className="text-lg font-semibold text-slate-900">{stage.name}</h3>
          {stage.goal && <p className="text-slate-700">{stage.goal}</p>}
        </div>
      ) : (
        <>
          <TextField
            label="Name"
            value={stage.name}
            onCommit={(name) => updateStage(doc, stage.id, { name })}
          />
          <Field label="Goal" hint="What the customer should achieve here, in one line.">
            <textarea
              key={stage.id}
              defaultValue={stage.goal}
              rows={2}
              onBlur={(e) =>
                e.target.value !== stage.goal &&
                updateStage(doc, stage.id, { goal: e.target.value })
              }
              className="rounded-md border border-slate-300 px-2.5 py-1.5 font-normal text-slate-900 focus:border-indigo-500 focus:outline-none disabled:bg-slate-100"
            />
          </Field>
        </>
      )}
      <Group label="Owner">
        <OwnerPicker
          onAddPerson={(name) => addPerson(doc, { name })}
          people={map.people}
          value={stage.ownerId}
          disabled={readOnly}
          onChange={(ownerId) => updateStage(doc, stage.id, { ownerId })}
        />
      </Group>
      <KpiList map={map} attach={{ stageId: stage.id }} readOnly={readOnly} />
      <ActivityTrail collection="stages" id={stage.id} map={map} />
    </div>
  );
}
