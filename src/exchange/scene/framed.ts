import type { MapState } from '../../doc/schema.ts';
import { captionScene, legendScene } from './legend.ts';
import { mapScene } from './mapScene.ts';
import { translate, type Measure, type Scene } from './types.ts';

/* A picture of the whole map for PNG/SVG: caption on top, the map, the legend below. */

export interface FrameOptions {
  /** YYYY-MM-DD, printed in the caption. */
  date: string;
  legend: boolean;
}

const MARGIN = 32;

export function framedScene(map: MapState, measure: Measure, options: FrameOptions): Scene {
  const body = mapScene(map, measure);
  const width = Math.max(body.width, 640);
  const caption = captionScene(map, measure, width, options.date);
  let y = MARGIN;
  const shapes = translate(caption.shapes, MARGIN, y);
  y += caption.height + 20;
  shapes.push(...translate(body.shapes, MARGIN, y));
  y += body.height;
  if (options.legend) {
    const legend = legendScene(map, measure, width);
    y += 32;
    shapes.push(...translate(legend.shapes, MARGIN, y));
    y += legend.height;
  }
  // Whole pixels, so the picture's size reads plainly.
  const w = Math.ceil(width + 2 * MARGIN);
  const h = Math.ceil(y + MARGIN);
  return {
    width: w,
    height: h,
    shapes: [{ kind: 'rect', x: 0, y: 0, w, h, fill: '#ffffff' }, ...shapes],
  };
}
