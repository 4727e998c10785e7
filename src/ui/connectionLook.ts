import type { ConnectionData, ConnectionKind, FlowStatus } from '../doc/schema.ts';

/*
 * How connections read and look, shared by the canvas lines, the panels that list them and
 * the exports, so that a missing flow is the same red dotted line everywhere.
 */

export const KIND_LABELS: Record<ConnectionKind, string> = {
  flow: 'Flow',
  depends: 'Depends on',
  data: 'Data',
};

export const STATUS_LABELS: Record<FlowStatus, string> = {
  automated: 'Automated',
  manual: 'Manual',
  missing: 'Missing',
  broken: 'Broken',
};

export interface LineLook {
  color: string;
  width: number;
  /** An SVG stroke-dasharray, or undefined for a solid line. */
  dash: string | undefined;
  cap: 'round' | 'butt';
  /** A label in the alarm colours: this line is a problem. */
  alarm: boolean;
}

const RED = '#dc2626';
const TEAL = '#0f766e';

/**
 * Flow: indigo, the designed path. Depends on: slate. Data: teal, solid when automated, dashed
 * when manual; red dotted when missing, solid red when broken, and thicker, so they stand out.
 */
export function lineLook(kind: ConnectionKind, status: FlowStatus | null): LineLook {
  if (kind === 'flow')
    return { color: '#4f46e5', width: 2.5, dash: undefined, cap: 'butt', alarm: false };
  if (kind === 'depends')
    return { color: '#64748b', width: 2, dash: undefined, cap: 'butt', alarm: false };
  switch (status) {
    case 'missing':
      return { color: RED, width: 4.5, dash: '0.5 8', cap: 'round', alarm: true };
    case 'broken':
      return { color: RED, width: 3.5, dash: undefined, cap: 'butt', alarm: true };
    case 'manual':
      return { color: TEAL, width: 2.5, dash: '8 5', cap: 'butt', alarm: false };
    default:
      return { color: TEAL, width: 2.5, dash: undefined, cap: 'butt', alarm: false };
  }
}

/** The words on a line: its label, led by the status when the flow is missing or broken. */
export function lineText(connection: Pick<ConnectionData, 'label' | 'status'>): string {
  const label = connection.label.trim();
  const { status } = connection;
  if (status === 'missing' || status === 'broken') {
    const word = STATUS_LABELS[status].toUpperCase();
    return label ? `${word} · ${label}` : word;
  }
  return label;
}

/** "Data flow from LOS to CRM: Active loan status, missing", for screen readers and lists. */
export function describeConnection(
  connection: Pick<ConnectionData, 'kind' | 'label' | 'status'>,
  from: string,
  to: string,
): string {
  const label = connection.label.trim();
  const said =
    connection.kind === 'depends'
      ? `${from} depends on ${to}`
      : `${connection.kind === 'data' ? 'Data flow' : 'Flow'} from ${from} to ${to}`;
  const details = [label, connection.status && STATUS_LABELS[connection.status].toLowerCase()]
    .filter(Boolean)
    .join(', ');
  return details ? `${said}: ${details}` : said;
}
