import { useStore } from '@xyflow/react';
import type { Layout } from '../layout.ts';
import { zoomFloor } from './zoomFloor.ts';

/** Room for the "add stage" and "add lane" buttons beside the map, in canvas units. */
const BESIDE = 200;

/** The canvas's lowest zoom: low enough that the whole map fits the pane (zoomFloor). */
export function useZoomFloor(layout: Layout): number {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  return zoomFloor(layout.width + BESIDE, layout.height + BESIDE / 2, width, height);
}
