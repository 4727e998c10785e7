import {
  CONNECTION_KINDS,
  FLOW_STATUSES,
  addAction,
  deleteConnection,
  reverseConnection,
  updateConnection,
  type ConnectionData,
  type MapState,
} from '../doc/index.ts';
import { useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { KIND_LABELS, STATUS_LABELS, describeConnection } from '../ui/connectionLook.ts';
import { Segmented, TextField } from '../ui/fields.tsx';

const button =
  'rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-500';

/** A connection's ends, kind, label and (for data flows) status; reverse, act on it, delete. */
export function ConnectionInspector({
  connection,
  map,
  readOnly,
}: {
  connection: ConnectionData;
  map: MapState;
  readOnly: boolean;
}) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const title = (id: string) => map.cards.find((c) => c.id === id)?.title || 'Untitled card';
  const [from, to] = [title(connection.from), title(connection.to)];
  const patch = (p: Parameters<typeof updateConnection>[2]) =>
    updateConnection(doc, connection.id, p);
  const goTo = (id: string) => ui.getState().select({ kind: 'card', id });
  const problem = connection.status === 'missing' || connection.status === 'broken';

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{describeConnection(connection, from, to)}</p>
      <div className="flex flex-col gap-1 text-sm">
        <button
          type="button"
          className={`${button} self-start`}
          onClick={() => goTo(connection.from)}
        >
          From: {from}
        </button>
        <button
          type="button"
          className={`${button} self-start`}
          onClick={() => goTo(connection.to)}
        >
          To: {to}
        </button>
      </div>
      <Segmented
        label="Kind"
        value={connection.kind}
        disabled={readOnly}
        options={CONNECTION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        onChange={(kind) => patch({ kind })}
      />
      <TextField
        label="Label"
        value={connection.label}
        placeholder={connection.kind === 'data' ? 'What data passes, e.g. loan status' : ''}
        disabled={readOnly}
        onCommit={(label) => patch({ label })}
      />
      {connection.kind === 'data' && (
        <Segmented
          label="Status"
          value={connection.status}
          disabled={readOnly}
          options={FLOW_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          onChange={(status) => patch({ status })}
        />
      )}
      {!readOnly && (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={button}
            onClick={() => reverseConnection(doc, connection.id)}
          >
            Reverse direction
          </button>
          <button
            type="button"
            className={button}
            onClick={() => {
              const what = connection.label.trim() || `${from} → ${to}`;
              addAction(doc, {
                title:
                  connection.kind === 'data' ? `Fix the data flow: ${what}` : `Improve: ${what}`,
                cardIds: [connection.from, connection.to],
                impact: problem ? 4 : 3,
              });
              ui.getState().openPanel('actions');
            }}
          >
            Create action
          </button>
          <button
            type="button"
            className="ml-auto rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-red-500"
            onClick={() => {
              deleteConnection(doc, connection.id);
              ui.getState().select(null);
            }}
          >
            Delete connection
          </button>
        </div>
      )}
    </div>
  );
}
