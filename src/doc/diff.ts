import type {
  ActionData,
  CardData,
  ConnectionData,
  KpiData,
  LaneData,
  MapState,
  PersonData,
  PersonaData,
  StageData,
  SystemData,
} from './schema.ts';

/*
 * What changed between two states of a map, as plain data: the compare view and the
 * version summaries are both derived from this. Pure: no Yjs, no clock.
 */

/** One field that differs: old → new (ids stay ids; the UI resolves names from the states). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** An entry present in both states whose fields differ; `label` is its name or title now. */
export interface ChangedEntry {
  id: string;
  label: string;
  changes: FieldChange[];
}

/** A stage or lane whose place among the others changed (positions are 1-based). */
export interface Reordered {
  id: string;
  label: string;
  from: number;
  to: number;
}

/** A (stage, lane) cell, with the names it had in the state it comes from. */
export interface CellRef {
  stageId: string;
  stage: string;
  laneId: string;
  lane: string;
}

/** A card that moved to another cell. */
export interface CardMove {
  id: string;
  label: string;
  from: CellRef;
  to: CellRef;
}

/** A card that changed place within its cell (positions are 1-based). */
export interface CardReorder {
  id: string;
  label: string;
  cell: CellRef;
  from: number;
  to: number;
}

/** Entries of one kind: added and removed (whole), changed (field by field). */
export interface EntityDiff<T> {
  added: T[];
  removed: T[];
  changed: ChangedEntry[];
}

/** Stages and lanes also report a change of position. */
export interface OrderedDiff<T> extends EntityDiff<T> {
  reordered: Reordered[];
}

/** Cards also report moves between cells and reorders within one. */
export interface CardDiff extends EntityDiff<CardData> {
  moved: CardMove[];
  reordered: CardReorder[];
}

/** Everything that changed from one state of a map to another. */
export interface MapDiff {
  meta: FieldChange[];
  stages: OrderedDiff<StageData>;
  lanes: OrderedDiff<LaneData>;
  cards: CardDiff;
  personas: EntityDiff<PersonaData>;
  people: EntityDiff<PersonData>;
  kpis: EntityDiff<KpiData>;
  actions: EntityDiff<ActionData>;
  connections: EntityDiff<ConnectionData>;
  systems: EntityDiff<SystemData>;
}

type Entry = { id: string };

/** Structural equality of plain JSON-like values. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && same((a as Record<string, unknown>)[k], rb[k]));
}

const labelOf = (e: Entry): string => {
  const named = e as { name?: unknown; title?: unknown };
  const text = typeof named.name === 'string' ? named.name : named.title;
  return typeof text === 'string' && text !== '' ? text : '(untitled)';
};

/** The fields of `after` (but `id` and `skip`) whose values differ from `before`'s. */
function fieldChanges<T extends Entry>(
  before: T,
  after: T,
  skip: readonly string[],
): FieldChange[] {
  const out: FieldChange[] = [];
  const b = before as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(after)) {
    if (field === 'id' || skip.includes(field)) continue;
    if (!same(b[field], value)) out.push({ field, before: b[field], after: value });
  }
  return out;
}

/** Pairs entries by id: added, removed, and those in both (before, after). */
function pair<T extends Entry>(before: T[], after: T[]) {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Set(after.map((e) => e.id));
  const both: [T, T][] = [];
  const added: T[] = [];
  for (const e of after) {
    const prev = old.get(e.id);
    if (prev) both.push([prev, e]);
    else added.push(e);
  }
  return { added, removed: before.filter((e) => !now.has(e.id)), both };
}

/**
 * Entries whose order key changed and whose place among the entries in both lists changed
 * too: a new key that leaves the sequence as it was (order-key churn) is not a reorder.
 */
function reorders<T extends Entry & { order: string }>(before: T[], after: T[]) {
  const inAfter = new Set(after.map((e) => e.id));
  const inBefore = new Set(before.map((e) => e.id));
  const was = before.filter((e) => inAfter.has(e.id));
  const now = after.filter((e) => inBefore.has(e.id));
  const wasAt = new Map(was.map((e, i) => [e.id, i]));
  const oldKey = new Map(was.map((e) => [e.id, e.order]));
  return now.flatMap((e, i) => {
    const from = wasAt.get(e.id)!;
    return oldKey.get(e.id) !== e.order && from !== i
      ? [{ entry: e, from: from + 1, to: i + 1 }]
      : [];
  });
}

function entityDiff<T extends Entry>(before: T[], after: T[], skip: readonly string[] = []) {
  const { added, removed, both } = pair(before, after);
  const changed = both.flatMap(([b, a]) => {
    const changes = fieldChanges(b, a, skip);
    return changes.length > 0 ? [{ id: a.id, label: labelOf(a), changes }] : [];
  });
  return { added, removed, changed, both };
}

function orderedDiff<T extends Entry & { order: string }>(before: T[], after: T[]): OrderedDiff<T> {
  const { added, removed, changed } = entityDiff(before, after, ['order']);
  const reordered = reorders(before, after).map(({ entry, from, to }) => ({
    id: entry.id,
    label: labelOf(entry),
    from,
    to,
  }));
  return { added, removed, changed, reordered };
}

function kpiDiff(before: KpiData[], after: KpiData[]): EntityDiff<KpiData> {
  const { added, removed, changed } = entityDiff(before, after);
  // Setting `current` appends to `history`: the new value says it, the log would repeat it.
  for (const entry of changed) {
    if (entry.changes.some((c) => c.field === 'current')) {
      entry.changes = entry.changes.filter((c) => c.field !== 'history');
    }
  }
  return { added, removed, changed };
}

function cardDiff(before: MapState, after: MapState): CardDiff {
  const cell = (state: MapState, card: CardData): CellRef => ({
    stageId: card.stageId,
    stage: labelOf(state.stages.find((s) => s.id === card.stageId) ?? { id: card.stageId }),
    laneId: card.laneId,
    lane: labelOf(state.lanes.find((l) => l.id === card.laneId) ?? { id: card.laneId }),
  });
  const personaName = new Map(before.personas.map((p) => [p.id, p.name]));
  for (const p of after.personas) personaName.set(p.id, p.name);
  // Deleting a persona clears its scores on every card; "persona removed" already says so.
  const kept = new Set(after.personas.map((p) => p.id));
  const goneIds = new Set(before.personas.map((p) => p.id).filter((id) => !kept.has(id)));

  const skip = ['stageId', 'laneId', 'order', 'emotion'] as const;
  const { added, removed, changed, both } = entityDiff(before.cards, after.cards, skip);
  const byId = new Map(changed.map((c) => [c.id, c]));
  const moved: CardMove[] = [];
  for (const [b, a] of both) {
    const emotion: FieldChange[] = [];
    for (const persona of new Set([...Object.keys(b.emotion), ...Object.keys(a.emotion)])) {
      if (goneIds.has(persona) || b.emotion[persona] === a.emotion[persona]) continue;
      const field = `emotion.${personaName.get(persona) ?? persona}`;
      emotion.push({
        field,
        before: b.emotion[persona] ?? null,
        after: a.emotion[persona] ?? null,
      });
    }
    if (emotion.length > 0) {
      const entry = byId.get(a.id) ?? { id: a.id, label: labelOf(a), changes: [] };
      if (!byId.has(a.id)) changed.push(entry);
      entry.changes.push(...emotion);
    }
    if (b.stageId !== a.stageId || b.laneId !== a.laneId) {
      moved.push({ id: a.id, label: labelOf(a), from: cell(before, b), to: cell(after, a) });
    }
  }

  const cellKey = (c: CardData) => `${c.stageId}\u0000${c.laneId}`;
  const group = (cards: CardData[]) => {
    const cells = new Map<string, CardData[]>();
    for (const c of cards) cells.set(cellKey(c), [...(cells.get(cellKey(c)) ?? []), c]);
    return cells;
  };
  const beforeCells = group(before.cards);
  const reordered: CardReorder[] = [];
  for (const [key, cards] of group(after.cards)) {
    for (const { entry, from, to } of reorders(beforeCells.get(key) ?? [], cards)) {
      reordered.push({ id: entry.id, label: labelOf(entry), cell: cell(after, entry), from, to });
    }
  }
  return { added, removed, changed, moved, reordered };
}

/** "Checkout → Order confirmation": a connection named by its cards (as they are now). */
export function connectionLabel(
  connection: Pick<ConnectionData, 'from' | 'to'>,
  ...states: Pick<MapState, 'cards'>[]
): string {
  const title = (id: string) => {
    for (const state of [...states].reverse()) {
      const card = state.cards.find((c) => c.id === id);
      if (card) return labelOf(card);
    }
    return '(a removed card)';
  };
  return `${title(connection.from)} → ${title(connection.to)}`;
}

function connectionDiff(before: MapState, after: MapState): EntityDiff<ConnectionData> {
  const { added, removed, changed } = entityDiff(before.connections, after.connections);
  const now = new Map(after.connections.map((c) => [c.id, c]));
  for (const entry of changed) entry.label = connectionLabel(now.get(entry.id)!, before, after);
  return { added, removed, changed };
}

/** Compares two states of a map entry by entry, field by field. */
export function diffMaps(before: MapState, after: MapState): MapDiff {
  const meta = (['title', 'purpose'] as const).flatMap((field) =>
    before.meta[field] === after.meta[field]
      ? []
      : [{ field, before: before.meta[field], after: after.meta[field] }],
  );
  const plain = <T extends Entry>(b: T[], a: T[], skip: readonly string[] = []): EntityDiff<T> => {
    const { added, removed, changed } = entityDiff(b, a, skip);
    return { added, removed, changed };
  };
  return {
    meta,
    stages: orderedDiff(before.stages, after.stages),
    lanes: orderedDiff(before.lanes, after.lanes),
    cards: cardDiff(before, after),
    // A persona's list position is not a change anyone made by hand.
    personas: plain(before.personas, after.personas, ['order']),
    people: plain(before.people, after.people),
    kpis: kpiDiff(before.kpis, after.kpis),
    actions: plain(before.actions, after.actions),
    connections: connectionDiff(before, after),
    systems: plain(before.systems, after.systems),
  };
}

const NOUNS = {
  stages: ['stage', 'stages'],
  lanes: ['lane', 'lanes'],
  cards: ['card', 'cards'],
  personas: ['persona', 'personas'],
  people: ['person', 'people'],
  kpis: ['KPI', 'KPIs'],
  actions: ['action', 'actions'],
  connections: ['connection', 'connections'],
  systems: ['system', 'systems'],
} as const;
type Kind = keyof typeof NOUNS;
const KINDS = Object.keys(NOUNS) as Kind[];

const count = (n: number, kind: Kind) => `${n} ${NOUNS[kind][n === 1 ? 0 : 1]}`;
const isRename = (e: ChangedEntry) => e.changes.length === 1 && e.changes[0]!.field === 'name';
// More than this many parts would not fit on one line of the history panel.
const MAX_PARTS = 6;

/** Everything `diff` says, in one line: "+3 cards, 2 cards moved, stage 'Support' renamed". */
export function summarize(diff: MapDiff): string {
  const parts: string[] = [];
  for (const kind of KINDS)
    if (diff[kind].added.length) parts.push(`+${count(diff[kind].added.length, kind)}`);
  for (const kind of KINDS)
    if (diff[kind].removed.length) parts.push(`−${count(diff[kind].removed.length, kind)}`);
  if (diff.cards.moved.length) parts.push(`${count(diff.cards.moved.length, 'cards')} moved`);
  for (const kind of ['stages', 'lanes', 'cards'] as const) {
    if (diff[kind].reordered.length)
      parts.push(`${count(diff[kind].reordered.length, kind)} reordered`);
  }
  for (const kind of KINDS) {
    const renamed =
      kind === 'stages' || kind === 'lanes' ? diff[kind].changed.filter(isRename) : [];
    const [only] = renamed;
    if (renamed.length === 1 && only) {
      const [change] = only.changes;
      parts.push(`${NOUNS[kind][0]} '${String(change?.before)}' renamed to '${only.label}'`);
    } else if (renamed.length > 1) parts.push(`${count(renamed.length, kind)} renamed`);
    const edited = diff[kind].changed.length - renamed.length;
    if (edited > 0) parts.push(`${count(edited, kind)} edited`);
  }
  for (const change of diff.meta) parts.push(`${change.field} changed`);
  if (parts.length === 0) return 'No changes';
  if (parts.length <= MAX_PARTS) return parts.join(', ');
  return `${parts.slice(0, MAX_PARTS).join(', ')} and ${parts.length - MAX_PARTS} more`;
}
