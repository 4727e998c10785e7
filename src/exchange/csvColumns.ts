/* Which column of a cards spreadsheet holds what: guessed from the headers, changed by hand. */

export const CSV_FIELDS = [
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
  'emotion',
  'stageGoal',
  'stageOwner',
  'laneKind',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column index per field; null when the file has no such column. */
export type ColumnMapping = Record<CsvField, number | null>;

export const REQUIRED_FIELDS: readonly CsvField[] = ['stage', 'title'];

export const FIELD_LABELS: Record<CsvField, string> = {
  stage: 'Stage',
  lane: 'Lane',
  kind: 'Kind',
  title: 'Title',
  description: 'Description',
  channel: 'Channel',
  owner: 'Owner',
  evidence: 'Evidence',
  momentOfTruth: 'Moment of truth',
  reviewedAt: 'Last reviewed',
  emotion: 'Emotion',
  stageGoal: 'Stage goal',
  stageOwner: 'Stage owner',
  laneKind: 'Lane kind',
};

/** Header spellings per field, compared without case, spaces or punctuation. */
const SYNONYMS: Record<CsvField, string[]> = {
  stage: ['stage', 'stagename', 'phase', 'step', 'journeystage'],
  lane: ['lane', 'lanename', 'swimlane', 'row', 'layer', 'category'],
  kind: ['kind', 'type', 'cardkind', 'cardtype'],
  title: ['title', 'cardtitle', 'name', 'card', 'text', 'label', 'summary'],
  description: ['description', 'details', 'detail', 'notes', 'body'],
  channel: ['channel', 'medium'],
  owner: ['owner', 'ownedby', 'responsible', 'assignee', 'accountable'],
  evidence: ['evidence', 'evidencelevel', 'confidence', 'source'],
  momentOfTruth: ['momentoftruth', 'mot', 'moment'],
  reviewedAt: ['reviewedat', 'reviewed', 'lastreviewed', 'reviewdate'],
  emotion: ['emotion', 'emotions', 'emotionscore', 'feeling', 'sentiment', 'mood', 'score'],
  stageGoal: ['stagegoal', 'goal'],
  stageOwner: ['stageowner', 'stageresponsible'],
  laneKind: ['lanekind', 'lanetype'],
};

export const normalizeHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Best guess from the headers; a column serves one field at most. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<number>();
  const keys = headers.map(normalizeHeader);
  const mapping = Object.fromEntries(CSV_FIELDS.map((f) => [f, null])) as ColumnMapping;
  const take = (field: CsvField, test: (key: string) => boolean) => {
    if (mapping[field] !== null) return;
    const at = keys.findIndex((key, i) => !used.has(i) && test(key));
    if (at >= 0) {
      mapping[field] = at;
      used.add(at);
    }
  };
  // Exact spellings first, so "Stage" wins over a later "Stage goal".
  for (const field of CSV_FIELDS) take(field, (key) => SYNONYMS[field].includes(key));
  // Then per-persona columns as the cards export writes them: "emotion (Customer)".
  take('emotion', (key) => key.startsWith('emotion'));
  return mapping;
}

/** Clear sentences for the required fields that have no column. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  return REQUIRED_FIELDS.filter((field) => mapping[field] === null).map(
    (field) =>
      `No column for the ${FIELD_LABELS[field].toLowerCase()}: every card needs one. ` +
      `Choose the column below, or add a “${FIELD_LABELS[field]}” column to the file.`,
  );
}

/** Every column of scores for a persona: the mapped one first, then each other "emotion (…)" column. */
export function emotionColumnsOf(headers: readonly string[], mapping: ColumnMapping): number[] {
  const taken = new Set(Object.values(mapping).filter((i): i is number => i !== null));
  const others = headers.flatMap((h, i) =>
    !taken.has(i) && /^\s*emotion\s*\(.+\)\s*$/i.test(h) ? [i] : [],
  );
  // No emotion column chosen means no emotions at all.
  return mapping.emotion === null ? [] : [mapping.emotion, ...others];
}

/** The persona a mapped emotion column speaks for: "emotion (Broker)" → "Broker". */
export function personaFromHeader(header: string | undefined): string {
  const named = header ? /\(([^)]+)\)\s*$/.exec(header)?.[1]?.trim() : undefined;
  return named || 'Customer';
}
