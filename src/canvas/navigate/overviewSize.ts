/* Pure: how big the overview is drawn for a map of a given shape. */

export interface OverviewSize {
  /** The overview's size on screen, in pixels. */
  width: number;
  height: number;
  /** The size with the map's own proportions, which the picture is stretched from. */
  trueHeight: number;
}

const MIN_W = 140;
const MAX_W = 320;
const MIN_H = 64;
const MAX_H = 160;
/** The overview's area for a map of ordinary proportions (as React Flow's MiniMap). */
const AREA = 168 * 108;

/**
 * The overview follows the map's proportions (a long journey gets a wide overview, up to
 * MAX_W); a map so long that it would still be a strip under MIN_H pixels high is stretched
 * vertically to MIN_H, so its lanes stay apart.
 */
export function overviewSize(mapWidth: number, mapHeight: number): OverviewSize {
  if (mapWidth <= 0 || mapHeight <= 0) return { width: 168, height: 108, trueHeight: 108 };
  const aspect = mapWidth / mapHeight;
  const width = Math.round(Math.min(MAX_W, Math.max(MIN_W, Math.sqrt(AREA * aspect))));
  const trueHeight = width / aspect;
  const height = Math.round(Math.min(MAX_H, Math.max(MIN_H, trueHeight)));
  return { width, height, trueHeight: Math.min(trueHeight, height) };
}
