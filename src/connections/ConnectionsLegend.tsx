import type { ConnectionKind, FlowStatus, MapState } from '../doc/index.ts';
import { KIND_LABELS, STATUS_LABELS, lineLook } from '../ui/connectionLook.ts';

/* What the lines on the canvas mean: one sample per kind and data-flow status on the map. */

function Sample({ kind, status }: { kind: ConnectionKind; status: FlowStatus | null }) {
  const look = lineLook(kind, status);
  return (
    <svg width="26" height="10" aria-hidden="true" className="shrink-0">
      <line
        x1="2"
        y1="5"
        x2="24"
        y2="5"
        stroke={look.color}
        strokeWidth={Math.min(look.width, 4)}
        strokeDasharray={look.dash}
        strokeLinecap={look.cap}
      />
    </svg>
  );
}

export function ConnectionsLegend({ map }: { map: MapState }) {
  if (map.connections.length === 0) return null;
  const kinds = new Set(map.connections.map((c) => c.kind));
  const statuses = new Set(map.connections.map((c) => c.status));
  const items: { key: string; kind: ConnectionKind; status: FlowStatus | null; text: string }[] = [
    ...(['flow', 'depends'] as const)
      .filter((k) => kinds.has(k))
      .map((k) => ({ key: k, kind: k, status: null, text: KIND_LABELS[k] })),
    ...(['automated', 'manual', 'missing', 'broken'] as const)
      .filter((s) => statuses.has(s))
      .map((s) => ({
        key: s,
        kind: 'data' as const,
        status: s,
        text: `Data: ${STATUS_LABELS[s].toLowerCase()}`,
      })),
  ];
  return (
    <ul
      aria-label="Connections legend"
      className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-full bg-white/95 px-4 py-1.5 text-xs text-slate-700 shadow ring-1 ring-slate-200"
    >
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <Sample kind={item.kind} status={item.status} />
          {item.text}
        </li>
      ))}
    </ul>
  );
}
