import {
  FLOW_STATUSES,
  addAction,
  dataFlows,
  updateConnection,
  type FlowStatus,
  type MapState,
} from '../doc/index.ts';
import { useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { STATUS_LABELS, describeConnection, lineLook } from '../ui/connectionLook.ts';
import { actionForFlow } from './actionFrom.ts';

const RANK: Record<FlowStatus, number> = { broken: 0, missing: 1, manual: 2, automated: 3 };
const link =
  'rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-500';

/** Every data flow, problems first: where it runs, what it carries, and how well it works. */
export function DataFlowList({ map, readOnly }: { map: MapState; readOnly: boolean }) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const flows = dataFlows(map).sort(
    (a, b) => RANK[a.connection.status ?? 'automated'] - RANK[b.connection.status ?? 'automated'],
  );
  if (flows.length === 0)
    return (
      <p className="text-slate-500">
        No data flows yet. Connect two system cards and choose the kind “Data”, then say whether the
        flow is automated, manual, missing or broken.
      </p>
    );
  return (
    <ul className="flex flex-col gap-2">
      {flows.map((flow) => {
        const { connection } = flow;
        const from = flow.fromSystem?.name ?? flow.from.title;
        const to = flow.toSystem?.name ?? flow.to.title;
        const name = describeConnection(connection, from, to);
        const look = lineLook(connection.kind, connection.status);
        return (
          <li
            key={connection.id}
            aria-label={name}
            className={`flex flex-col gap-2 rounded-lg p-3 ring-1 ${look.alarm ? 'bg-red-50 ring-red-200' : 'ring-slate-200'}`}
          >
            <div className="flex items-start gap-2">
              <svg width="28" height="10" aria-hidden="true" className="mt-1.5 shrink-0">
                <line
                  x1="1"
                  y1="5"
                  x2="27"
                  y2="5"
                  stroke={look.color}
                  strokeWidth={Math.min(look.width, 4)}
                  strokeDasharray={look.dash}
                  strokeLinecap={look.cap}
                />
              </svg>
              <p className="min-w-0 flex-1 text-sm text-slate-900">
                <span className="font-medium">{from}</span> →{' '}
                <span className="font-medium">{to}</span>
                {connection.label && (
                  <span className="block text-slate-600">{connection.label}</span>
                )}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-1">
              <select
                aria-label={`Status of the flow from ${from} to ${to}`}
                value={connection.status ?? 'automated'}
                disabled={readOnly}
                onChange={(e) =>
                  updateConnection(doc, connection.id, { status: e.target.value as FlowStatus })
                }
                className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm"
              >
                {FLOW_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className={link}
                onClick={() => ui.getState().select({ kind: 'connection', id: connection.id })}
              >
                Show on the map
              </button>
              {!readOnly && (
                <button
                  type="button"
                  className={link}
                  onClick={() => {
                    addAction(doc, actionForFlow(flow));
                    ui.getState().openPanel('actions');
                  }}
                >
                  Create action
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
