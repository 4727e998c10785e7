/* Small number helpers of the aggregation. */

/** The median of `values` (0 for none). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = values.length === 1 ? values : [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Numbers (each below 2^30) as a string, one or two characters each, all ≥ 1: two such strings
 * compare as the number sequences do, a sequence before its own extensions.
 */
export function encode(values: number[], wide: boolean): string {
  let out = '';
  for (let from = 0; from < values.length; from += 4096) {
    const part = values.slice(from, from + 4096);
    const codes = wide
      ? part.flatMap((x) => [(x >> 15) + 1, (x & 0x7fff) + 1])
      : part.map((x) => x + 1);
    out += String.fromCharCode(...codes);
  }
  return out;
}
