import { generateNKeysBetween } from 'fractional-indexing';
import {
  PERSON_COLORS,
  SCHEMA_VERSION,
  type CardData,
  type LaneData,
  type MapState,
  type PersonData,
  type PersonaData,
  type StageData,
} from '../doc/index.ts';
import {
  emotionColumnsOf,
  mappingProblems,
  personaFromHeader,
  type ColumnMapping,
} from './csvColumns.ts';
import { lanesFrom, stagesFrom } from './csvStructure.ts';
import type { CsvTable } from './csvParse.ts';
import {
  MAX_LENGTH,
  clip,
  readLayoutRow,
  readRow,
  type CsvCard,
  type RowContext,
} from './csvRows.ts';

/* A spreadsheet of cards → a whole new map: stages and lanes from the distinct values, in order. */

export { parseCsv, type CsvParse, type CsvTable } from './csvParse.ts';
export type { CsvCard } from './csvRows.ts';

/** The schema's limits (see doc/exchange.ts), checked here so the preview can say so first. */
const LIMITS = { stages: 500, lanes: 100, cards: 20_000, people: 2000 };

export interface CsvImportResult {
  ok: true;
  map: MapState;
  /** Each card as read, in file order, for the preview. */
  cards: CsvCard[];
  /** Rows skipped and values ignored, by spreadsheet row. */
  warnings: string[];
}

export type CsvConversion = CsvImportResult | { ok: false; problems: string[] };

/** Groups by name without regard to case or surrounding space; the first spelling wins. */
function distinct<T>(items: T[], name: (item: T) => string): string[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    const n = name(item);
    if (!seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  }
  return [...seen.values()];
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
  const ctx: RowContext = {
    mapping,
    emotionColumns: emotionColumnsOf(table.headers, mapping).map((at) => ({
      at,
      persona: personaFromHeader(table.headers[at]),
    })),
    warn: (message) => warnings.push(message),
    stages: [],
    lanes: [],
  };
  const cards = table.rows.flatMap((row) =>
    readLayoutRow(row, ctx) ? [] : (readRow(row, ctx) ?? []),
  );
  if (cards.length === 0) {
    return {
      ok: false,
      problems: ['No row has both a stage and a title, so there is nothing to import.'],
    };
  }

  const stageSpecs = stagesFrom(ctx.stages);
  const laneSpecs = lanesFrom(
    ctx.lanes,
    cards.some((c) => c.card.emotions.some((e) => e !== undefined)),
  );
  const ownerNames = distinct(
    [...cards.map((c) => c.card.owner), ...stageSpecs.map((s) => s.owner)].filter(Boolean),
    (name) => name,
  );
  const tooMany = (
    [
      ['stages', stageSpecs.length],
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
  const people: PersonData[] = ownerNames.map((name, i) => ({
    id: newId(),
    name,
    team: '',
    color: PERSON_COLORS[i % PERSON_COLORS.length]!,
  }));
  const idOf = <T extends { id: string; name: string }>(list: T[]) => {
    const ids = new Map(list.map((x) => [x.name.toLowerCase(), x.id]));
    return (name: string) => ids.get(name.toLowerCase())!;
  };
  const personId = idOf(people);
  const stageOrders = orders(stageSpecs.length);
  const stages: StageData[] = stageSpecs.map((spec, i) => ({
    id: newId(),
    name: spec.name,
    order: stageOrders[i]!,
    goal: spec.goal,
    ownerId: spec.owner ? personId(spec.owner) : null,
  }));
  const laneOrders = orders(laneSpecs.length);
  const lanes: LaneData[] = laneSpecs.map((l, i) => ({ id: newId(), ...l, order: laneOrders[i]! }));
  // One persona per emotion column; a file without one still gets the usual "Customer".
  const columns = ctx.emotionColumns.length > 0 ? ctx.emotionColumns : [{ persona: 'Customer' }];
  // In column order, which is the order the export wrote them in.
  const personaOrders = generateNKeysBetween(null, null, columns.length);
  const personas: PersonaData[] = columns.map(({ persona }, i) => ({
    id: newId(),
    name: persona,
    description: '',
    order: personaOrders[i]!,
  }));

  const stageId = idOf(stages);
  const laneId = idOf(lanes);
  // One ascending key per card in file order keeps each cell in file order too.
  const cardOrders = orders(cards.length);
  const cardData: CardData[] = cards.map(({ stage, lane, card }, i) => {
    const { owner, emotions, ...rest } = card;
    const emotion: Record<string, number> = {};
    emotions.forEach((score, p) => {
      if (score !== undefined) emotion[personas[p]!.id] = score;
    });
    return {
      id: newId(),
      stageId: stageId(stage),
      laneId: laneId(lane),
      order: cardOrders[i]!,
      ...rest,
      ownerId: owner ? personId(owner) : null,
      emotion,
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
      personas,
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
