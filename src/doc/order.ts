import { generateKeyBetween } from 'fractional-indexing';

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function randomSuffix(length = 4): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    // The last digit must not be '0', or the key would not be canonical.
    const from = i === length - 1 ? 1 : 0;
    out += DIGITS[from + Math.floor(Math.random() * (DIGITS.length - from))];
  }
  return out;
}

/**
 * A fractional-index key strictly between `a` and `b` (either may be null for an
 * open end). A random suffix keeps two clients inserting at the same place at the
 * same time from producing the same key.
 */
export function orderBetween(a: string | null, b: string | null): string {
  let mid = generateKeyBetween(a, b);
  for (let attempt = 0; attempt < 8; attempt++) {
    const candidate = mid + randomSuffix();
    if ((a === null || candidate > a) && (b === null || candidate < b)) return candidate;
    mid = generateKeyBetween(a, mid);
  }
  return mid;
}

/** Compares by order key, then id, so that sorting is total even if keys tie. */
export function byOrder<T extends { order: string; id: string }>(x: T, y: T): number {
  if (x.order !== y.order) return x.order < y.order ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** The key that puts an item at `index` among `siblings` (sorted, the item itself excluded). */
export function orderAt(siblings: readonly { order: string }[], index: number): string {
  // An entry can lack its order for a moment while an update waits for the one
  // before it (Yjs applies deletions early); such entries are not neighbours.
  const keyed = siblings.filter((s) => s.order !== '');
  const at = Math.max(0, Math.min(index, keyed.length));
  return orderBetween(keyed[at - 1]?.order ?? null, keyed[at]?.order ?? null);
}

/** `count` ascending keys after `after`, for bulk creation (templates, import). */
export function ordersAfter(after: string | null, count: number): string[] {
  const keys: string[] = [];
  let last = after;
  for (let i = 0; i < count; i++) {
    last = generateKeyBetween(last, null);
    keys.push(last);
  }
  return keys;
}
