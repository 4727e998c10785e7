import type { MapState } from '../doc/index.ts';
import type { Decoration } from './slots.ts';

const NO_VALUES: readonly unknown[] = [];

/**
 * The values of an item's decorations, in list order, from one derivation per map state. An
 * item whose values are all equal to the last ones keeps its node, so it does not re-render.
 */
export function decorationValues<Item>(
  list: readonly Decoration<Item>[],
  map: MapState,
): (item: Item) => readonly unknown[] {
  if (!list.some((d) => d.derive)) return () => NO_VALUES;
  const derived = list.map((d) => d.derive?.(map));
  return (item) => derived.map((value) => value?.(item));
}
