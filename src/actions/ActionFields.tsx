import {
  ACTION_STATUSES,
  addPerson,
  updateAction,
  type ActionData,
  type ActionStatus,
  type PersonData,
} from '../doc/index.ts';
import { useMapDoc } from '../editor/MapContext.tsx';
import { STATUS_LABELS } from '../ui/labels.ts';
import { OwnerPicker } from '../ui/OwnerPicker.tsx';

const SCORES = [1, 2, 3, 4, 5];
const cls =
  'h-8 rounded-md border border-slate-300 bg-white px-1.5 text-sm text-slate-900 focus:border-indigo-500 focus:outline-none disabled:bg-slate-50';

/** Small inline editors for an action's fields, shared by the table and the board. */
export function StatusSelect({ action, disabled }: { action: ActionData; disabled: boolean }) {
  const doc = useMapDoc();
  return (
    <select
      aria-label={`Status of ${action.title}`}
      value={action.status}
      disabled={disabled}
      onChange={(e) => updateAction(doc, action.id, { status: e.target.value as ActionStatus })}
      className={cls}
    >
      {ACTION_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABELS[s]}
        </option>
      ))}
    </select>
  );
}

export function ScoreSelect({
  action,
  field,
  disabled,
}: {
  action: ActionData;
  field: 'impact' | 'effort';
  disabled: boolean;
}) {
  const doc = useMapDoc();
  return (
    <select
      aria-label={`${field === 'impact' ? 'Impact' : 'Effort'} of ${action.title}`}
      value={action[field]}
      disabled={disabled}
      onChange={(e) => updateAction(doc, action.id, { [field]: Number(e.target.value) })}
      className={`${cls} w-14`}
    >
      {SCORES.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}

/** The action's owner: the map's owner combobox, named after the action. */
export function OwnerSelect({
  action,
  people,
  disabled,
}: {
  action: ActionData;
  people: PersonData[];
  disabled: boolean;
}) {
  const doc = useMapDoc();
  return (
    <div className="w-48">
      <OwnerPicker
        label={`Owner of ${action.title}`}
        people={people}
        value={action.ownerId}
        disabled={disabled}
        onChange={(ownerId) => updateAction(doc, action.id, { ownerId })}
        onAddPerson={(name) => addPerson(doc, { name })}
      />
    </div>
  );
}

export function DueInput({ action, disabled }: { action: ActionData; disabled: boolean }) {
  const doc = useMapDoc();
  return (
    <input
      type="date"
      aria-label={`Due date of ${action.title}`}
      value={action.due ?? ''}
      disabled={disabled}
      onChange={(e) => updateAction(doc, action.id, { due: e.target.value || null })}
      className={cls}
    />
  );
}
