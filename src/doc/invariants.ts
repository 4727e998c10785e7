import type { MapState } from './schema.ts';

/**
 * The model's invariants, as a list of violations (empty when the map is sound).
 * Used by the convergence fuzz and by tests that build maps by hand.
 */
export function invariantViolations(map: MapState): string[] {
  const problems: string[] = [];
  const stageIds = new Set(map.stages.map((s) => s.id));
  const laneIds = new Set(map.lanes.map((l) => l.id));
  for (const card of map.cards) {
    if (!stageIds.has(card.stageId)) problems.push(`card ${card.id} in missing stage`);
    if (!laneIds.has(card.laneId)) problems.push(`card ${card.id} in missing lane`);
  }
  const cardIds = new Set(map.cards.map((c) => c.id));
  for (const c of map.connections) {
    if (!cardIds.has(c.from) || !cardIds.has(c.to)) problems.push(`connection ${c.id} dangles`);
    if (c.from === c.to) problems.push(`connection ${c.id} loops`);
    if ((c.kind === 'data') !== (c.status !== null)) problems.push(`connection ${c.id}: status`);
  }
  const systemIds = new Set(map.systems.map((s) => s.id));
  for (const card of map.cards) {
    const refs = [...card.reliesOn, ...(card.systemId ? [card.systemId] : [])];
    if (refs.some((id) => !systemIds.has(id))) problems.push(`card ${card.id}: unknown system`);
  }
  for (const s of map.systems) {
    for (const score of [s.maturity, s.importance]) {
      if (!Number.isInteger(score) || score < 1 || score > 5)
        problems.push(`system ${s.id}: score`);
    }
  }
  const checkOrders = (label: string, items: { order: string }[]) => {
    const orders = items.map((i) => i.order);
    if (new Set(orders).size !== orders.length) problems.push(`${label}: tied orders`);
    if (orders.some((o) => o === '')) problems.push(`${label}: empty order`);
    const sorted = [...orders].sort();
    if (sorted.join('\n') !== orders.join('\n')) problems.push(`${label}: not sorted`);
  };
  checkOrders('stages', map.stages);
  checkOrders('lanes', map.lanes);
  const cells = new Map<string, { order: string }[]>();
  for (const card of map.cards) {
    const key = `${card.stageId}/${card.laneId}`;
    cells.set(key, [...(cells.get(key) ?? []), card]);
  }
  for (const [key, cards] of cells) checkOrders(`cell ${key}`, cards);
  return problems;
}
