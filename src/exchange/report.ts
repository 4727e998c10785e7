import { isOverdue, kpiOnTarget, type MapState } from '../doc/index.ts';
import { STATUS_LABELS } from '../ui/labels.ts';
import { formatKpiValue } from '../ui/KpiChip.tsx';
import { healthFigure, type ReportFinding, type ReportHealth } from './reportHealth.ts';

/* What the steering report says, as plain tables and figures; pdfReport.ts draws them. */

export type { ReportFinding, ReportHealth } from './reportHealth.ts';

export type Tone = 'good' | 'bad' | 'muted';

export interface Cell {
  text: string;
  tone?: Tone;
}

export interface Column {
  header: string;
  /** Share of the table's width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface ReportTable {
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Shown instead of the table when there are no rows. */
  empty: string;
}

export interface Figure {
  label: string;
  value: string;
  detail?: string;
}

const plain = (text: string): Cell => ({ text });
const dash: Cell = { text: '—', tone: 'muted' };

/** The KPIs with what they measure, their values and whether they are on target. */
export function kpiTable(map: MapState): ReportTable {
  const stages = new Map(map.stages.map((s) => [s.id, s.name]));
  const cards = new Map(map.cards.map((c) => [c.id, c.title]));
  const people = new Map(map.people.map((p) => [p.id, p.name]));
  const attachedTo = (kpi: MapState['kpis'][number]): Cell => {
    if (kpi.stageId && stages.has(kpi.stageId)) return plain(`Stage: ${stages.get(kpi.stageId)}`);
    if (kpi.cardId && cards.has(kpi.cardId)) return plain(`Card: ${cards.get(kpi.cardId)}`);
    return { text: 'Whole map', tone: 'muted' };
  };
  return {
    title: 'KPIs',
    empty: 'No KPIs yet: nothing on this map is measured.',
    columns: [
      { header: 'KPI', width: 0.26 },
      { header: 'Attached to', width: 0.26 },
      { header: 'Owner', width: 0.14 },
      { header: 'Current', width: 0.1, align: 'right' },
      { header: 'Target', width: 0.1, align: 'right' },
      { header: 'Status', width: 0.14 },
    ],
    rows: map.kpis.map((kpi) => {
      const on = kpiOnTarget(kpi);
      const owner = kpi.ownerId ? people.get(kpi.ownerId) : undefined;
      return [
        plain(kpi.name || 'Untitled KPI'),
        attachedTo(kpi),
        owner ? plain(owner) : dash,
        plain(formatKpiValue(kpi.current, kpi.unit)),
        plain(formatKpiValue(kpi.target, kpi.unit)),
        on === null
          ? { text: 'No target', tone: 'muted' }
          : on
            ? { text: 'On target', tone: 'good' }
            : { text: 'Off target', tone: 'bad' },
      ];
    }),
  };
}

/** Open actions first, overdue ones on top, then by due date; done ones last. */
export function actionTable(map: MapState, today: string): ReportTable {
  const people = new Map(map.people.map((p) => [p.id, p.name]));
  const rank = (a: MapState['actions'][number]) => (a.status === 'done' ? 1 : 0);
  const sorted = [...map.actions].sort(
    (a, b) => rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999'),
  );
  return {
    title: 'Improvement actions',
    empty: 'No actions yet: create them from pain points and opportunities.',
    columns: [
      { header: 'Action', width: 0.4 },
      { header: 'Owner', width: 0.17 },
      { header: 'Due', width: 0.15 },
      { header: 'Status', width: 0.1 },
      { header: 'Impact', width: 0.09, align: 'center' },
      { header: 'Effort', width: 0.09, align: 'center' },
    ],
    rows: sorted.map((action) => {
      const owner = action.ownerId ? people.get(action.ownerId) : undefined;
      const overdue = isOverdue(action, today);
      return [
        plain(action.title || 'Untitled action'),
        owner ? plain(owner) : { text: 'No owner', tone: 'bad' },
        action.due
          ? overdue
            ? { text: `${action.due} (overdue)`, tone: 'bad' }
            : plain(action.due)
          : dash,
        action.status === 'done'
          ? { text: STATUS_LABELS.done, tone: 'good' }
          : plain(STATUS_LABELS[action.status]),
        plain(`${action.impact} / 5`),
        plain(`${action.effort} / 5`),
      ];
    }),
  };
}

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Findings, most severe first (the order within a severity, along the journey, is kept). */
export function findingsTable(findings: readonly ReportFinding[]): ReportTable {
  const rank = (f: ReportFinding) => SEVERITY_RANK[f.severity.toLowerCase()] ?? 4;
  const sorted = [...findings].sort((a, b) => rank(a) - rank(b));
  return {
    title: 'Health findings',
    empty: 'No findings: every health check passes.',
    columns: [
      { header: 'Severity', width: 0.12 },
      { header: 'Finding', width: 0.88 },
    ],
    rows: sorted.map((f) => [
      {
        text: f.severity.charAt(0).toUpperCase() + f.severity.slice(1),
        tone: rank(f) <= 1 ? 'bad' : rank(f) === 2 ? undefined : 'muted',
      },
      plain(f.message),
    ]),
  };
}

/** The few numbers a steering committee reads first. */
export function keyFigures(map: MapState, today: string, health?: ReportHealth): Figure[] {
  const targeted = map.kpis.filter((k) => kpiOnTarget(k) !== null);
  const onTarget = targeted.filter((k) => kpiOnTarget(k)).length;
  const open = map.actions.filter((a) => a.status !== 'done');
  const overdue = open.filter((a) => isOverdue(a, today)).length;
  const figures: Figure[] = [
    { label: 'Stages', value: String(map.stages.length) },
    { label: 'Cards', value: String(map.cards.length) },
    {
      label: 'KPIs on target',
      value: targeted.length ? `${onTarget} of ${targeted.length}` : '—',
      detail:
        map.kpis.length > targeted.length
          ? `${map.kpis.length - targeted.length} without target or value`
          : undefined,
    },
    {
      label: 'Open actions',
      value: String(open.length),
      detail: overdue ? `${overdue} overdue` : undefined,
    },
  ];
  const flows = map.connections.filter((c) => c.kind === 'data');
  if (flows.length > 0) {
    const gaps = flows.filter((c) => c.status === 'missing' || c.status === 'broken').length;
    figures.push({
      label: 'Data flows missing or broken',
      value: `${gaps} of ${flows.length}`,
      detail: gaps ? 'see the systems page' : undefined,
    });
  }
  if (health) figures.push(healthFigure(health));
  return figures;
}
