import type { CardData, ConnectionData, MapState, SystemData } from './schema.ts';

/*
 * Who relies on which system, read from the map as plain data: a card relies on the systems it
 * names (`reliesOn`) and on the system of every system card it "depends on" (a connection).
 * Pure, so the health checks, the canvas badges and the roadmap all agree.
 */

export interface Reliance {
  /** Card id → the systems it relies on, in catalogue order. */
  systemsOf: ReadonlyMap<string, readonly SystemData[]>;
  /** System id → the cards that rely on it, in map order. */
  usersOf: ReadonlyMap<string, readonly CardData[]>;
  /** System id → the stages it serves: where its system cards and the cards relying on it are. */
  stagesOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** System id → the system cards that stand for it. */
  cardsOf: ReadonlyMap<string, readonly CardData[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Every reliance between the map's cards and its systems catalogue. */
export function relianceOf(map: Pick<MapState, 'cards' | 'connections' | 'systems'>): Reliance {
  const systems = new Map(map.systems.map((s) => [s.id, s]));
  const cards = new Map(map.cards.map((c) => [c.id, c]));
  const named = new Map<string, Set<string>>();
  for (const card of map.cards) named.set(card.id, new Set(card.reliesOn));
  for (const c of map.connections) {
    const system = c.kind === 'depends' ? cards.get(c.to)?.systemId : null;
    if (system) named.get(c.from)?.add(system);
  }

  const systemsOf = new Map<string, SystemData[]>();
  const usersOf = new Map<string, CardData[]>();
  const cardsOf = new Map<string, CardData[]>();
  const stagesOf = new Map<string, Set<string>>();
  const serves = (systemId: string, stageId: string) => {
    const stages = stagesOf.get(systemId) ?? new Set<string>();
    stages.add(stageId);
    stagesOf.set(systemId, stages);
  };
  for (const card of map.cards) {
    if (card.systemId && systems.has(card.systemId)) {
      push(cardsOf, card.systemId, card);
      serves(card.systemId, card.stageId);
    }
    const ids = named.get(card.id)!;
    // A system card does not rely on the system it stands for.
    if (card.systemId) ids.delete(card.systemId);
    const relied = map.systems.filter((s) => ids.has(s.id));
    if (relied.length > 0) systemsOf.set(card.id, relied);
    for (const system of relied) {
      push(usersOf, system.id, card);
      serves(system.id, card.stageId);
    }
  }
  return { systemsOf, usersOf, stagesOf, cardsOf };
}

/** A data flow with the systems at its two ends (null where a card stands for no system). */
export interface DataFlow {
  connection: ConnectionData;
  from: CardData;
  to: CardData;
  fromSystem: SystemData | null;
  toSystem: SystemData | null;
}

/** The map's data connections, with their cards and systems, in connection order. */
export function dataFlows(map: Pick<MapState, 'cards' | 'connections' | 'systems'>): DataFlow[] {
  const cards = new Map(map.cards.map((c) => [c.id, c]));
  const systems = new Map(map.systems.map((s) => [s.id, s]));
  const systemOf = (card: CardData) =>
    card.systemId ? (systems.get(card.systemId) ?? null) : null;
  return map.connections.flatMap((connection) => {
    const from = cards.get(connection.from);
    const to = cards.get(connection.to);
    if (connection.kind !== 'data' || !from || !to) return [];
    return [{ connection, from, to, fromSystem: systemOf(from), toSystem: systemOf(to) }];
  });
}
