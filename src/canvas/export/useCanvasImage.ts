import { useContext, useMemo } from 'react';
import { CanvasImageContext } from './CanvasImageContext.tsx';
import type { CanvasImager } from './types.ts';

const notOnScreen = () =>
  Promise.reject(new Error('The map is not on screen; open it to export images.'));

/** Renders the canvas on screen as PNG/SVG or a raster for reports; rejects when there is none. */
export function useCanvasImage(): CanvasImager {
  const registry = useContext(CanvasImageContext);
  return useMemo(
    () => ({
      renderCanvasImage: (request) =>
        registry?.current()?.renderCanvasImage(request) ?? notOnScreen(),
      renderMapRaster: (options) => registry?.current()?.renderMapRaster(options) ?? notOnScreen(),
    }),
    [registry],
  );
}
