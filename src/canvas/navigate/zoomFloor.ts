/* Pure camera limits for maps of any size: how far out the view may go. */

/** The zoom floor of a small map (as before this folder existed). */
export const DEFAULT_MIN_ZOOM = 0.15;
/** Below this zoom card titles are a blur: stage names and cell counts are drawn large. */
export const ORIENT_BELOW_ZOOM = 0.22;
/** Room kept around the whole map when it is fitted, in screen pixels (both sides together). */
const ROOM = 64;

/**
 * The lowest zoom the view may reach: the usual floor, or lower when the whole map (a
 * `width` × `height` canvas rectangle) would not fit a `paneWidth` × `paneHeight` pane at it.
 */
export function zoomFloor(
  width: number,
  height: number,
  paneWidth: number,
  paneHeight: number,
): number {
  if (paneWidth <= 0 || paneHeight <= 0 || width <= 0 || height <= 0) return DEFAULT_MIN_ZOOM;
  const fit = Math.min((paneWidth - ROOM) / width, (paneHeight - ROOM) / height);
  // A little below the fit, so "Fit whole map" (which keeps a margin) can reach it.
  return Math.max(0.005, Math.min(DEFAULT_MIN_ZOOM, fit * 0.9));
}
