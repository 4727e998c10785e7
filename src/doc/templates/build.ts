import { newId } from '../ids.ts';
import { ordersAfter } from '../order.ts';
import {
  SCHEMA_VERSION,
  defaultCardKind,
  type CardData,
  type CardKind,
  type Channel,
  type ConnectionData,
  type ConnectionKind,
  type Evidence,
  type FlowStatus,
  type KpiData,
  type LaneKind,
  type MapState,
  type SystemData,
} from '../schema.ts';

/** A compact, readable way to write a starter map; `buildTemplate` turns it into a MapState. */
export interface TemplateSpec {
  title: string;
  purpose: string;
  /** The observation set the map shows (a sample set the server adds to maps made from it). */
  observedSet?: string;
  /** Activities of that set the map leaves off on purpose. */
  ignoredActivities?: string[];
  stages: { name: string; goal?: string; owner?: string }[];
  lanes: { name: string; kind: LaneKind }[];
  personas: { key: string; name: string; description?: string }[];
  people?: { key: string; name: string; team: string; color: string }[];
  /** KPIs attached to a stage (by name) or a card (by title); `history` oldest first, weekly. */
  kpis?: {
    name: string;
    unit: string;
    target: number;
    direction: 'higher' | 'lower';
    history: number[];
    owner?: string;
    stage?: string;
    card?: string;
  }[];
  /** Cards by stage name and lane kind; emotion by persona key. */
  cards: {
    stage: string;
    lane: LaneKind;
    title: string;
    kind?: CardKind;
    channel?: Channel;
    owner?: string;
    emotion?: Record<string, number>;
    moment?: boolean;
    evidence?: Evidence;
    description?: string;
    /** Days since the card was last reviewed. */
    reviewed?: number;
    /** A system card: the key of the catalogue entry it stands for. */
    system?: string;
    /** Keys of the catalogue entries the card relies on. */
    reliesOn?: string[];
    /** Activities of an event log the card stands for (observed journeys). */
    activities?: string[];
  }[];
  /** The systems catalogue; scores 1…5. */
  systems?: {
    key: string;
    name: string;
    owner?: string;
    description?: string;
    maturity: number;
    importance: number;
  }[];
  /** Lines between cards, named by their titles. */
  connections?: {
    from: string;
    to: string;
    kind: ConnectionKind;
    label?: string;
    status?: FlowStatus;
  }[];
}

/** Turns a spec into a map with fresh ids; `now` dates the KPI history. */
export function buildTemplate(spec: TemplateSpec, now = Date.now()): MapState {
  const personaIds = new Map(spec.personas.map((p) => [p.key, newId()]));
  const personIds = new Map((spec.people ?? []).map((p) => [p.key, newId()]));
  const systemIds = new Map((spec.systems ?? []).map((s) => [s.key, newId()]));
  const systemId = (key: string, what: string) => {
    const id = systemIds.get(key);
    if (!id) throw new Error(`Template card "${what}" names no system "${key}"`);
    return id;
  };
  const stageOrders = ordersAfter(null, spec.stages.length);
  const laneOrders = ordersAfter(null, spec.lanes.length);
  const personaOrders = ordersAfter(null, spec.personas.length);
  const stages = spec.stages.map((s, i) => ({
    id: newId(),
    name: s.name,
    order: stageOrders[i]!,
    goal: s.goal ?? '',
    ownerId: (s.owner && personIds.get(s.owner)) || null,
  }));
  const lanes = spec.lanes.map((l, i) => ({ id: newId(), ...l, order: laneOrders[i]! }));
  const stageByName = new Map(stages.map((s) => [s.name, s.id]));
  const laneByKind = new Map(lanes.map((l) => [l.kind, l.id]));
  const perCell = new Map<string, number>();

  const cards: CardData[] = spec.cards.map((c) => {
    const stageId = stageByName.get(c.stage);
    const laneId = laneByKind.get(c.lane);
    if (!stageId || !laneId) throw new Error(`Template card "${c.title}" has no cell`);
    const cell = `${stageId}/${laneId}`;
    const n = (perCell.get(cell) ?? 0) + 1;
    perCell.set(cell, n);
    const emotion: Record<string, number> = {};
    for (const [key, score] of Object.entries(c.emotion ?? {})) {
      const personaId = personaIds.get(key);
      if (personaId) emotion[personaId] = score;
    }
    return {
      id: newId(),
      stageId,
      laneId,
      order: ordersAfter(null, n)[n - 1]!,
      kind: c.kind ?? defaultCardKind(c.lane),
      title: c.title,
      description: c.description ?? '',
      channel: c.channel ?? null,
      ownerId: (c.owner && personIds.get(c.owner)) || null,
      emotion,
      momentOfTruth: c.moment ?? false,
      evidence: c.evidence ?? 'assumption',
      reviewedAt:
        c.reviewed === undefined
          ? null
          : new Date(now - c.reviewed * 24 * 3600 * 1000).toISOString().slice(0, 10),
      kpiIds: [],
      systemId: c.system === undefined ? null : systemId(c.system, c.title),
      reliesOn: (c.reliesOn ?? []).map((key) => systemId(key, c.title)),
      activities: c.activities ?? [],
    };
  });

  const cardByTitle = new Map(cards.map((c) => [c.title, c]));
  const week = 7 * 24 * 3600 * 1000;
  const kpis: KpiData[] = (spec.kpis ?? []).map((k) => {
    const id = newId();
    const card = k.card ? cardByTitle.get(k.card) : undefined;
    if (k.card && !card) throw new Error(`Template KPI "${k.name}" names no card`);
    card?.kpiIds.push(id);
    return {
      id,
      name: k.name,
      unit: k.unit,
      target: k.target,
      current: k.history[k.history.length - 1] ?? null,
      direction: k.direction,
      ownerId: (k.owner && personIds.get(k.owner)) || null,
      stageId: (k.stage && stageByName.get(k.stage)) || null,
      cardId: card?.id ?? null,
      min: null,
      max: null,
      history: k.history.map((value, i) => ({
        at: new Date(now - (k.history.length - 1 - i) * week).toISOString(),
        value,
      })),
    };
  });

  const cardId = (title: string) => {
    const card = cardByTitle.get(title);
    if (!card) throw new Error(`Template connection names no card "${title}"`);
    return card.id;
  };
  const connections: ConnectionData[] = (spec.connections ?? []).map((c) => ({
    id: newId(),
    from: cardId(c.from),
    to: cardId(c.to),
    kind: c.kind,
    label: c.label ?? '',
    status: c.kind === 'data' ? (c.status ?? 'automated') : null,
  }));
  const systems: SystemData[] = (spec.systems ?? []).map((s) => ({
    id: systemIds.get(s.key)!,
    name: s.name,
    ownerId: (s.owner && personIds.get(s.owner)) || null,
    description: s.description ?? '',
    maturity: s.maturity,
    importance: s.importance,
  }));

  return {
    meta: {
      title: spec.title,
      purpose: spec.purpose,
      schemaVersion: SCHEMA_VERSION,
      observedSet: spec.observedSet ?? null,
      ignoredActivities: spec.ignoredActivities ?? [],
    },
    stages,
    lanes,
    cards,
    personas: spec.personas.map((p, i) => ({
      id: personaIds.get(p.key)!,
      name: p.name,
      description: p.description ?? '',
      order: personaOrders[i]!,
    })),
    people: (spec.people ?? []).map((p) => ({
      id: personIds.get(p.key)!,
      name: p.name,
      team: p.team,
      color: p.color,
    })),
    kpis,
    actions: [],
    // Sorted as readMap sorts them, so a template reads the same before and after writing.
    connections: connections.sort((a, b) => (a.id < b.id ? -1 : 1)),
    systems: systems.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1)),
  };
}
