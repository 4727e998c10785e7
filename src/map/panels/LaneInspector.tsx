import { LANE_KINDS, updateLane, type LaneData, type MapState } from '../../doc/index.ts';
import { LANE_STYLES } from '../../canvas/cardStyles.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { useMapDoc } from '../../editor/MapContext.tsx';
import { ActivityTrail } from '../../conflicts/ActivityTrail.tsx';

/** A lane's name and kind. */
export function LaneInspector({
  lane,
  map,
  readOnly,
}: {
  lane: LaneData;
  map: MapState;
  readOnly: boolean;
}) {
  const doc = useMapDoc();
  const cards = map.cards.filter((c) => c.laneId === lane.id).length;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-500">
        Lane {map.lanes.indexOf(lane) + 1} of {map.lanes.length} · {cards} card
        {cards === 1 ? '' : 's'}
      </p>
      <TextField
        label="Name"
        value={lane.name}
        disabled={readOnly}
        onCommit={(name) => updateLane(doc, lane.id, { name })}
      />
      <SelectField
        label="Lane kind"
        value={lane.kind}
        disabled={readOnly}
        options={LANE_KINDS.map((k) => ({ value: k, label: LANE_STYLES[k].label }))}
        onChange={(kind) => updateLane(doc, lane.id, { kind })}
      />
      {lane.kind === 'emotion' && (
        <p className="text-sm text-slate-600">
          This lane draws one emotion curve per persona through the scores of the cards above and
          below it.
        </p>
      )}
      <ActivityTrail collection="lanes" id={lane.id} map={map} />
    </div>
  );
}
