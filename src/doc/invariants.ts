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
