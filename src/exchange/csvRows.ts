import { defaultCardKind, type CardData, type LaneKind } from '../doc/index.ts';
import { FIELD_LABELS, type ColumnMapping } from './csvColumns.ts';
import type { CsvTable } from './csvParse.ts';
import { parseLaneKind, type LaneMention, type StageMention } from './csvStructure.ts';
import {
  LANE_FOR_KIND,
  guessLaneKind,
  parseChannel,
  parseDate,
  parseEmotion,
  parseEvidence,
  parseFlag,
  parseKind,
} from './csvValues.ts';

/* One row of a cards file: a card, or (kind "stage" / "lane", no title) a stage or a lane. */

export const MAX_LENGTH = { name: 200, title: 500, goal: 2000, description: 20_000 };

export const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export interface CsvCard {
  line: number;
  stage: string;
  lane: string;
  laneKind: LaneKind;
  card: Omit<CardData, 'id' | 'stageId' | 'laneId' | 'order' | 'emotion' | 'ownerId'> & {
    owner: string;
    /** One score (or none) per persona, in the order of the emotion columns. */
    emotions: (number | undefined)[];
  };
}

export interface RowContext {
  mapping: ColumnMapping;
  /** The emotion columns and the persona each speaks for. */
  emotionColumns: { at: number; persona: string }[];
  warn(message: string): void;
  stages: StageMention[];
  lanes: LaneMention[];
}

function cellOf(row: CsvTable['rows'][number], mapping: ColumnMapping) {
  return (field: keyof ColumnMapping) => {
    const at = mapping[field];
    return at === null ? '' : (row.cells[at] ?? '');
  };
}

/** A row of kind "stage" or "lane" without a title names a stage or a lane, not a card. */
export function readLayoutRow(row: CsvTable['rows'][number], ctx: RowContext): boolean {
  const cell = cellOf(row, ctx.mapping);
  const kind = cell('kind').trim().toLowerCase();
  if ((kind !== 'stage' && kind !== 'lane') || cell('title')) return false;
  const name = clip(cell(kind), MAX_LENGTH.name);
  if (!name) {
    ctx.warn(`Row ${row.line}: skipped, a ${kind} row needs a ${kind} name.`);
  } else if (kind === 'stage') {
    ctx.stages.push({
      name,
      goal: clip(cell('stageGoal'), MAX_LENGTH.goal),
      owner: clip(cell('stageOwner'), MAX_LENGTH.name),
    });
  } else {
    ctx.lanes.push({ name, kind: parseLaneKind(cell('laneKind')), holdsCards: false });
  }
  return true;
}

export function readRow(row: CsvTable['rows'][number], ctx: RowContext): CsvCard | null {
  const { warn } = ctx;
  const cell = cellOf(row, ctx.mapping);
  const at = `Row ${row.line}`;
  const stage = clip(cell('stage'), MAX_LENGTH.name);
  const title = cell('title');
  if (!stage || !title) {
    warn(`${at}: skipped, it has no ${stage ? 'title' : 'stage'}.`);
    return null;
  }
  if (title.length > MAX_LENGTH.title) warn(`${at}: title cut to ${MAX_LENGTH.title} characters.`);
  const value = <T>(field: keyof ColumnMapping, parse: (text: string) => T | null | undefined) => {
    const text = cell(field);
    const parsed = parse(text);
    if (parsed === null) {
      warn(
        `${at}: ${FIELD_LABELS[field].toLowerCase()} “${clip(text, 40)}” is not understood; left empty.`,
      );
    }
    return parsed ?? undefined;
  };
  const emotions = ctx.emotionColumns.map(({ at: column, persona }) => {
    const text = row.cells[column] ?? '';
    const score = parseEmotion(text);
    if (score === null) {
      const whose = ctx.emotionColumns.length > 1 ? ` of ${persona}` : '';
      warn(
        `${at}: emotion${whose} “${clip(text, 40)}” is not a whole number from −2 to +2; left empty.`,
      );
    }
    return score ?? undefined;
  });
  const kind = value('kind', parseKind);
  const laneName = clip(cell('lane'), MAX_LENGTH.name);
  const stated = parseLaneKind(cell('laneKind'));
  const lane = laneName
    ? { name: laneName, kind: stated ?? guessLaneKind(laneName) }
    : LANE_FOR_KIND[kind ?? 'note'];
  ctx.stages.push({
    name: stage,
    goal: clip(cell('stageGoal'), MAX_LENGTH.goal),
    owner: clip(cell('stageOwner'), MAX_LENGTH.name),
  });
  ctx.lanes.push({ name: lane.name, kind: laneName ? stated : lane.kind, holdsCards: true });
  return {
    line: row.line,
    stage,
    lane: lane.name,
    laneKind: lane.kind,
    card: {
      kind: kind ?? defaultCardKind(lane.kind),
      title: clip(title, MAX_LENGTH.title),
      description: clip(cell('description'), MAX_LENGTH.description),
      channel: value('channel', parseChannel) ?? null,
      owner: clip(cell('owner'), MAX_LENGTH.name),
      evidence: value('evidence', parseEvidence) ?? 'assumption',
      momentOfTruth: value('momentOfTruth', parseFlag) ?? false,
      reviewedAt: value('reviewedAt', parseDate) ?? null,
      kpiIds: [],
      systemId: null,
      reliesOn: [],
      activities: [],
      emotions,
    },
  };
}
