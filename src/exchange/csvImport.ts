import Papa from 'papaparse';
import { generateNKeysBetween } from 'fractional-indexing';
import {
  PERSON_COLORS,
  SCHEMA_VERSION,
  defaultCardKind,
  type CardData,
  type LaneData,
  type LaneKind,
  type MapState,
  type PersonData,
  type StageData,
} from '../doc/index.ts';
import {
  FIELD_LABELS,
  mappingProblems,
  personaFromHeader,
  type ColumnMapping,
} from './csvColumns.ts';
import {
  LANE_FOR_KIND,
  guessLaneKind,
  parseChannel,
  parseDate,
  parseEmotion,
  parseEvidence,
  parseFlag,
  parseKind,
  unescapeFormula,
} from './csvValues.ts';

/* A spreadsheet of cards → a whole new map: stages and lanes from the distinct values, in order. */

export interface CsvTable {
  headers: string[];
  /** Data rows, each as long as the headers; `line` is the spreadsheet row (the header is 1). */
  rows: { line: number; cells: string[] }[];
}

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; problems: string[] };

/** The schema's limits (see doc/exchange.ts), checked here so the preview can say so first. */
const LIMITS = { stages: 500, lanes: 100, cards: 20_000, people: 2000 };
const MAX_LENGTH = { name: 200, title: 500, description: 20_000 };

/** Reads CSV text (comma, semicolon or tab separated) into a header row and data rows. */
export function parseCsv(text: string): CsvParse {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.filter((e) => e.type === 'Quotes');
  if (broken.length > 0) {
    return {
      ok: false,
      problems: broken
        .slice(0, 5)
        .map((e) => `Row ${(e.row ?? 0) + 1}: ${e.message.replace(/\.$/, '')}.`),
    };
  }
  const [head, ...body] = parsed.data;
  if (!head || head.every((h) => !h.trim())) return { ok: false, problems: ['The file is empty.'] };
  if (body.length === 0) {
    return { ok: false, problems: ['The file has a header row but no cards under it.'] };
  }
  const headers = head.map((h, i) => h.trim() || `Column ${i + 1}`);
  const rows = body.map((cells, i) => ({
    line: i + 2,
    cells: headers.map((_, c) => unescapeFormula((cells[c] ?? '').trim())),
  }));
  return { ok: true, table: { headers, rows } };
}

export interface CsvCard {
  line: number;
  stage: string;
  lane: string;
  laneKind: LaneKind;
  card: Omit<CardData, 'id' | 'stageId' | 'laneId' | 'order' | 'emotion' | 'ownerId'> & {
    owner: string;
    emotion: number | undefined;
  };
}

export interface CsvImportResult {
  ok: true;
  map: MapState;
  /** Each card as read, in file order, for the preview. */
  cards: CsvCard[];
  /** Rows skipped and values ignored, by spreadsheet row. */
  warnings: string[];
}

export type CsvConversion = CsvImportResult | { ok: false; problems: string[] };

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** Groups by name without regard to case or surrounding space; the first spelling wins. */
function distinct<T>(items: T[], name: (item: T) => string): string[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    const n = name(item);
    if (!seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  }
  return [...seen.values()];
}

function readRow(
  row: CsvTable['rows'][number],
  mapping: ColumnMapping,
  warn: (message: string) => void,
): CsvCard | null {
  const cell = (field: keyof ColumnMapping) => {
    const at = mapping[field];
    return at === null ? '' : (row.cells[at] ?? '');
  };
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
  const emotion = cell('emotion');
  const score = parseEmotion(emotion);
  if (score === null) {
    warn(`${at}: emotion “${clip(emotion, 40)}” is not a whole number from −2 to +2; left empty.`);
  }
  const kind = value('kind', parseKind);
  const laneName = clip(cell('lane'), MAX_LENGTH.name);
  const lane = laneName
    ? { name: laneName, kind: guessLaneKind(laneName) }
    : LANE_FOR_KIND[kind ?? 'note'];
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
      emotion: score ?? undefined,
    },
  };
}

/** Lanes in order of appearance, plus an emotion lane after the touchpoints when scores exist. */
function lanesFor(cards: CsvCard[]): { name: string; kind: LaneKind }[] {
  const kinds = new Map(cards.map((c) => [c.lane.toLowerCase(), c.laneKind]));
  const lanes = distinct(cards, (c) => c.lane).map((name) => ({
    name,
    kind: kinds.get(name.toLowerCase())!,
  }));
  if (cards.some((c) => c.card.emotion !== undefined)) {
    const after = lanes.findIndex((l) => l.kind === 'touchpoints');
    const taken = lanes.some((l) => l.name.toLowerCase() === 'emotions');
    lanes.splice(after >= 0 ? after + 1 : Math.min(1, lanes.length), 0, {
      name: taken ? 'Emotion curve' : 'Emotions',
      kind: 'emotion',
    });
  }
  return lanes;
}

/**
 * Builds a new map from the rows: stages and lanes are the distinct values in order of
 * appearance, owners become people, emotion scores belong to one persona. Rows without a
 * stage or title are skipped and values that cannot be read are left empty, each with a
 * warning; a file that lacks a required column, or has no usable row, is refused.
 */
export function mapFromCsv(
  table: CsvTable,
  mapping: ColumnMapping,
  title: string,
  newId: () => string,
): CsvConversion {
  const missing = mappingProblems(mapping);
  if (missing.length > 0) return { ok: false, problems: missing };
  const warnings: string[] = [];
  const cards = table.rows.flatMap((row) => readRow(row, mapping, (m) => warnings.push(m)) ?? []);
  if (cards.length === 0) {
    return {
      ok: false,
      problems: ['No row has both a stage and a title, so there is nothing to import.'],
    };
  }

  const stageNames = distinct(cards, (c) => c.stage);
  const laneSpecs = lanesFor(cards);
  const ownerNames = distinct(
    cards.filter((c) => c.card.owner),
    (c) => c.card.owner,
  );
  const tooMany = (
    [
      ['stages', stageNames.length],
      ['lanes', laneSpecs.length],
      ['cards', cards.length],
      ['people', ownerNames.length],
    ] as const
  ).filter(([what, n]) => n > LIMITS[what]);
  if (tooMany.length > 0) {
    return {
      ok: false,
      problems: tooMany.map(
        ([what, n]) => `${n} ${what} is more than a map holds (${LIMITS[what]}).`,
      ),
    };
  }

  const orders = (n: number) => generateNKeysBetween(null, null, n);
  const stageOrders = orders(stageNames.length);
  const stages: StageData[] = stageNames.map((name, i) => ({
    id: newId(),
    name,
    order: stageOrders[i]!,
    goal: '',
    ownerId: null,
  }));
  const laneOrders = orders(laneSpecs.length);
  const lanes: LaneData[] = laneSpecs.map((l, i) => ({ id: newId(), ...l, order: laneOrders[i]! }));
  const people: PersonData[] = ownerNames.map((name, i) => ({
    id: newId(),
    name,
    team: '',
    color: PERSON_COLORS[i % PERSON_COLORS.length]!,
  }));
  const personaName = personaFromHeader(
    mapping.emotion === null ? undefined : table.headers[mapping.emotion],
  );
  const persona = { id: newId(), name: personaName, description: '' };

  const idOf = <T extends { id: string; name: string }>(list: T[]) => {
    const ids = new Map(list.map((x) => [x.name.toLowerCase(), x.id]));
    return (name: string) => ids.get(name.toLowerCase())!;
  };
  const stageId = idOf(stages);
  // Cards never go to the emotion lane, which holds none.
  const laneId = idOf(lanes.filter((l) => l.kind !== 'emotion'));
  const personId = idOf(people);
  // One ascending key per card in file order keeps each cell in file order too.
  const cardOrders = orders(cards.length);
  const cardData: CardData[] = cards.map(({ stage, lane, card }, i) => {
    const { owner, emotion, ...rest } = card;
    return {
      id: newId(),
      stageId: stageId(stage),
      laneId: laneId(lane),
      order: cardOrders[i]!,
      ...rest,
      ownerId: owner ? personId(owner) : null,
      emotion: emotion === undefined ? {} : { [persona.id]: emotion },
    };
  });

  return {
    ok: true,
    map: {
      meta: {
        title: clip(title.trim(), MAX_LENGTH.name) || 'Imported journey',
        purpose: '',
        schemaVersion: SCHEMA_VERSION,
        observedSet: null,
        ignoredActivities: [],
      },
      stages,
      lanes,
      cards: cardData,
      personas: [persona],
      people,
      kpis: [],
      actions: [],
      connections: [],
      systems: [],
    },
    cards,
    warnings,
  };
}
