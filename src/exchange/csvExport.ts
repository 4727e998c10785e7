import Papa from 'papaparse';
import { isOverdue, type CardData, type MapState } from '../doc/index.ts';

/* CSV files of a map's cards and actions, for spreadsheets; the cards file imports back. */

/** Excel reads UTF-8 only when the file says so with a byte order mark. */
const BOM = '\ufeff';

/**
 * A text cell a spreadsheet could run as a formula: it starts with = + - @, a tab or a carriage
 * return, whatever follows. PapaParse's own `escapeFormulae: true` pattern ends in `.*$`, which
 * a line break defeats, so `=HYPERLINK(…)` followed by a second line went out raw.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function toCsv(fields: string[], rows: (string | number | boolean | null)[][]): string {
  // Such cells get a leading quote (and are quoted); numbers and booleans are left alone.
  return (
    BOM + Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' })
  );
}

/** Cards in reading order: stage by stage, lane by lane, then their order in the cell. */
export function cardsInReadingOrder(map: MapState): CardData[] {
  const stage = new Map(map.stages.map((s, i) => [s.id, i]));
  const lane = new Map(map.lanes.map((l, i) => [l.id, i]));
  const position = new Map(map.cards.map((c, i) => [c.id, i]));
  return [...map.cards].sort(
    (a, b) =>
      (stage.get(a.stageId) ?? 0) - (stage.get(b.stageId) ?? 0) ||
      (lane.get(a.laneId) ?? 0) - (lane.get(b.laneId) ?? 0) ||
      position.get(a.id)! - position.get(b.id)!,
  );
}

/** "emotion (Customer)" per persona; a repeated name gets a number so columns stay distinct. */
export function emotionColumns(map: MapState): string[] {
  const seen = new Map<string, number>();
  return map.personas.map((p) => {
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    return `emotion (${p.name}${n > 1 ? ` ${n}` : ''})`;
  });
}

export const CARD_COLUMNS = [
  'id',
  'stage',
  'lane',
  'kind',
  'title',
  'description',
  'channel',
  'owner',
  'evidence',
  'momentOfTruth',
  'reviewedAt',
  'stageGoal',
  'stageOwner',
  'laneKind',
] as const;

type Cell = string | number | boolean | null;

/**
 * One row per card, names instead of ids, one emotion column per persona. The file starts
 * with a row per stage (kind "stage": its goal and owner) and a row per lane (kind "lane":
 * its kind), in map order, so that the import brings back empty stages and lanes in their
 * order too.
 */
export function cardsCsv(map: MapState): string {
  const stages = new Map(map.stages.map((s) => [s.id, s.name]));
  const lanes = new Map(map.lanes.map((l) => [l.id, l.name]));
  const people = new Map(map.people.map((p) => [p.id, p.name]));
  const person = (id: string | null) => (id && people.get(id)) || '';
  const noEmotions = map.personas.map(() => '');
  const row = (fields: Partial<Record<(typeof CARD_COLUMNS)[number], Cell>>, emotions: Cell[]) => [
    ...CARD_COLUMNS.map((column) => fields[column] ?? ''),
    ...emotions,
  ];
  const stageRows = map.stages.map((stage) =>
    row(
      {
        stage: stage.name,
        kind: 'stage',
        stageGoal: stage.goal,
        stageOwner: person(stage.ownerId),
      },
      noEmotions,
    ),
  );
  const laneRows = map.lanes.map((lane) =>
    row({ lane: lane.name, kind: 'lane', laneKind: lane.kind }, noEmotions),
  );
  const cardRows = cardsInReadingOrder(map).map((card) =>
    row(
      {
        id: card.id,
        stage: stages.get(card.stageId) ?? '',
        lane: lanes.get(card.laneId) ?? '',
        kind: card.kind,
        title: card.title,
        description: card.description,
        channel: card.channel ?? '',
        owner: person(card.ownerId),
        evidence: card.evidence,
        momentOfTruth: card.momentOfTruth,
        reviewedAt: card.reviewedAt ?? '',
      },
      map.personas.map((p) => card.emotion[p.id] ?? ''),
    ),
  );
  return toCsv([...CARD_COLUMNS, ...emotionColumns(map)], [...stageRows, ...laneRows, ...cardRows]);
}

export const ACTION_COLUMNS = [
  'id',
  'title',
  'owner',
  'due',
  'status',
  'impact',
  'effort',
  'overdue',
  'cards',
] as const;

/** One row per action; linked cards by title, separated by semicolons. */
export function actionsCsv(map: MapState, today: string): string {
  const people = new Map(map.people.map((p) => [p.id, p.name]));
  const cards = new Map(map.cards.map((c) => [c.id, c.title]));
  const rows = map.actions.map((action) => [
    action.id,
    action.title,
    (action.ownerId && people.get(action.ownerId)) || '',
    action.due ?? '',
    action.status,
    action.impact,
    action.effort,
    isOverdue(action, today),
    action.cardIds.flatMap((id) => cards.get(id) ?? []).join('; '),
  ]);
  return toCsv([...ACTION_COLUMNS], rows);
}
