import type { Decoration } from './slots.ts';

/** The decorations of one place on a card or stage header, each with its derived value. */
export function Decorations<Item>({
  list,
  values,
  place,
  item,
  title,
  sketch = false,
}: {
  list: readonly Decoration<Item>[];
  values: readonly unknown[];
  place: Decoration<Item>['place'];
  item: Item;
  title: string;
  sketch?: boolean;
}) {
  const drawn = list.map(({ id, place: at, onSketch, Component }, i) =>
    at === place && (!sketch || onSketch) ? (
      <Component key={id} item={item} title={title} value={values[i]} />
    ) : null,
  );
  // Marked so that colleagues' name tags keep off what is pinned to a corner (Cursors).
  return place === 'corner' ? (
    <div data-corner="" className="contents">
      {drawn}
    </div>
  ) : (
    drawn
  );
}
