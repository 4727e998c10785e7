import { newId } from '../ids.ts';
import { ordersAfter } from '../order.ts';
import {
  SCHEMA_VERSION,
  defaultCardKind,
  type CardData,
  type CardKind,
  type Channel,
  type Evidence,
  type KpiData,
  type LaneKind,
  type MapState,
} from '../schema.ts';

/** A compact, readable way to write a starter map; `buildTemplate` turns it into a MapState. */
export interface TemplateSpec {
  title: string;
  purpose: string;
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
  }[];
}

/** Turns a spec into a map with fresh ids; `now` dates the KPI history. */
export function buildTemplate(spec: TemplateSpec, now = Date.now()): MapState {
  const personaIds = new Map(spec.personas.map((p) => [p.key, newId()]));
  const personIds = new Map((spec.people ?? []).map((p) => [p.key, newId()]));
  const stageOrders = ordersAfter(null, spec.stages.length);
  const laneOrders = ordersAfter(null, spec.lanes.length);
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
      history: k.history.map((value, i) => ({
        at: new Date(now - (k.history.length - 1 - i) * week).toISOString(),
        value,
      })),
    };
  });

  return {
    meta: { title: spec.title, purpose: spec.purpose, schemaVersion: SCHEMA_VERSION },
    stages,
    lanes,
    cards,
    personas: spec.personas.map((p) => ({
      id: personaIds.get(p.key)!,
      name: p.name,
      description: p.description ?? '',
    })),
    people: (spec.people ?? []).map((p) => ({
      id: personIds.get(p.key)!,
      name: p.name,
      team: p.team,
      color: p.color,
    })),
    kpis,
    actions: [],
  };
}
