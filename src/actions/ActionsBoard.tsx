import { ACTION_STATUSES, isOverdue, type ActionData, type MapState } from '../doc/index.ts';
import { Avatar } from '../ui/Avatar.tsx';
import { STATUS_LABELS } from '../ui/labels.ts';
import { StatusSelect } from './ActionFields.tsx';

/** The actions in three columns by status. */
export function ActionsBoard({
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
  return (
    <div className="grid grid-cols-3 gap-3">
      {ACTION_STATUSES.map((status) => {
        const column = actions.filter((a) => a.status === status);
        return (
          <section
            key={status}
            aria-label={STATUS_LABELS[status]}
            className="flex flex-col gap-2 rounded-xl bg-slate-100 p-2"
          >
            <h3 className="flex items-center justify-between px-1 text-sm font-semibold text-slate-700">
              {STATUS_LABELS[status]}
              <span className="rounded-full bg-white px-2 text-xs text-slate-600">
                {column.length}
              </span>
            </h3>
            {column.map((action) => {
              const owner = map.people.find((p) => p.id === action.ownerId);
              return (
                <article
                  key={action.id}
                  aria-label={`Action ${action.title}`}
                  className="flex flex-col gap-2 rounded-lg bg-white p-2.5 shadow-sm ring-1 ring-slate-200"
                >
                  <p className="font-medium text-slate-900">{action.title}</p>
                  <div className="flex items-center gap-2 text-xs text-slate-600">
                    {owner && <Avatar name={owner.name} color={owner.color} size={20} />}
                    <span>
                      Impact {action.impact} · Effort {action.effort}
                    </span>
                    {action.due && (
                      <span
                        className={isOverdue(action, today) ? 'font-semibold text-red-700' : ''}
                      >
                        {isOverdue(action, today) ? 'Overdue ' : 'Due '}
                        {action.due}
                      </span>
                    )}
                  </div>
                  <StatusSelect action={action} disabled={readOnly} />
                </article>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
