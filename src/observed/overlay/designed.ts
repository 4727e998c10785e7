import type { LaneKind, MapState } from '../../doc/index.ts';
import { cardsInReadingOrder } from './mapping.ts';

/*
 * The designed path an observed one is compared with. Where the map has flow connections
 * between cards, they are it. Otherwise the cards of the customer-facing lanes, in stage order
 * (then lane, then place in the cell), form one designed sequence, each card leading to the next.
 */

/** Lanes whose cards are what the customer does and meets. */
export const CUSTOMER_LANES: readonly LaneKind[] = ['actions', 'touchpoints'];

export interface DesignedFlow {
  /** Whether the flow comes from the map's flow connections (else: the default order). */
  fromConnections: boolean;
  /** The designed steps between cards. */
  steps: { from: string; to: string }[];
  /** Cards on the designed path. */
  cards: Set<string>;
}

export const stepKey = (from: string, to: string) => `${from}>${to}`;

export function designedFlow(map: MapState): DesignedFlow {
  const flows = map.connections.filter((c) => c.kind === 'flow');
  if (flows.length > 0) {
    const steps = flows.map((c) => ({ from: c.from, to: c.to }));
    return { fromConnections: true, steps, cards: new Set(steps.flatMap((s) => [s.from, s.to])) };
  }
  const customerLanes = new Set(
    map.lanes.filter((l) => CUSTOMER_LANES.includes(l.kind)).map((l) => l.id),
  );
  const sequence = cardsInReadingOrder(map).filter((c) => customerLanes.has(c.laneId));
  const steps = sequence.slice(1).map((card, i) => ({ from: sequence[i]!.id, to: card.id }));
  return { fromConnections: false, steps, cards: new Set(sequence.map((c) => c.id)) };
}
