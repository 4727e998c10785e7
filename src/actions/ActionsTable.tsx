import {
  deleteAction,
  isOverdue,
  updateAction,
  type ActionData,
  type MapState,
} from '../doc/index.ts';
import { useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { TrashIcon } from '../ui/icons.tsx';
import { DueInput, OwnerSelect, ScoreSelect, StatusSelect } from './ActionFields.tsx';

/** Every action as a row of editable fields. */
export function ActionsTable({
  actions,
  map,
  today,
  readOnly,
}: {
  actions: ActionData[];
  map: MapState;
  today: string;
  readOnly: boolean;
}) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const cardTitle = (id: string) => map.cards.find((c) => c.id === id)?.title;
  return (
    <table className="w-full border-separate border-spacing-y-1 text-sm">
      <thead>
        <tr className="text-left text-xs tracking-wide text-slate-500 uppercase">
          <th className="px-2 font-semibold">Action</th>
          <th className="px-2 font-semibold">Owner</th>
          <th className="px-2 font-semibold">Due</th>
          <th className="px-2 font-semibold">Status</th>
          <th className="px-2 font-semibold">Impact</th>
          <th className="px-2 font-semibold">Effort</th>
          <th className="sr-only">Delete</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => {
          const overdue = isOverdue(action, today);
          const linked = action.cardIds.filter((id) => cardTitle(id) !== undefined);
          return (
            <tr key={action.id} className="bg-white align-top shadow-sm ring-1 ring-slate-200">
              <td className="rounded-l-lg px-2 py-1.5">
                <input
                  key={action.title}
                  aria-label="Action title"
                  defaultValue={action.title}
                  disabled={readOnly}
                  onBlur={(e) =>
                    e.target.value.trim() &&
                    e.target.value !== action.title &&
                    updateAction(doc, action.id, { title: e.target.value.trim() })
                  }
                  className="w-full min-w-48 rounded bg-transparent px-1 py-0.5 font-medium text-slate-900 focus:bg-white focus:outline-indigo-500"
                />
                {linked.length > 0 && (
                  // "Go to": selects the card, which the canvas brings into view with its inspector.
                  <p className="flex flex-wrap gap-x-1 px-1 text-xs text-slate-600">
                    On:{' '}
                    {linked.map((id) => (
                      <button
                        key={id}
                        type="button"
                        onClick={() => ui.getState().select({ kind: 'card', id })}
                        className="text-indigo-700 underline-offset-2 hover:underline"
                      >
                        {cardTitle(id)}
                      </button>
                    ))}
                  </p>
                )}
              </td>
              <td className="px-2 py-1.5">
                <OwnerSelect action={action} people={map.people} disabled={readOnly} />
              </td>
              <td className="px-2 py-1.5">
                <DueInput action={action} disabled={readOnly} />
                {overdue && <p className="text-xs font-semibold text-red-700">Overdue</p>}
              </td>
              <td className="px-2 py-1.5">
                <StatusSelect action={action} disabled={readOnly} />
              </td>
              <td className="px-2 py-1.5">
                <ScoreSelect action={action} field="impact" disabled={readOnly} />
              </td>
              <td className="px-2 py-1.5">
                <ScoreSelect action={action} field="effort" disabled={readOnly} />
              </td>
              <td className="rounded-r-lg px-1 py-1.5">
                {!readOnly && (
                  <IconButton
                    label={`Delete action ${action.title}`}
                    onClick={() => deleteAction(doc, action.id)}
                  >
                    <TrashIcon />
                  </IconButton>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
