import { useContext, useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { CanvasImageContext } from './CanvasImageContext.tsx';
import { paddedArea } from './frame.ts';
import { canvasPng, fontCssLoader, viewportCanvas, viewportSvg } from './renderViewport.ts';
import type { CanvasImager, CanvasRect } from './types.ts';

/** Pictures are rendered at twice the CSS size, so text stays sharp when zoomed or printed. */
const PIXEL_RATIO = 2;

/** How long a picture of the whole map waits for every node to be drawn. */
const DRAW_ALL_TIMEOUT_MS = 20_000;

interface Props {
  /**
   * Asks the canvas to draw every node in full (on) or as usual again (off): a large map
   * draws only what is on screen, and far out cards as sketches.
   */
  drawAll(on: boolean): void;
}

/**
 * Offers this canvas to the export menu. Mount it as a child of <ReactFlow>;
 * it renders nothing.
 */
export function CanvasImageSource({ drawAll }: Props) {
  const registry = useContext(CanvasImageContext);
  const flow = useReactFlow();
  const store = useStoreApi();

  useEffect(() => {
    if (!registry) return;
    const fontCss = fontCssLoader();

    const viewportElement = () => {
      const el = store.getState().domNode?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!el) throw new Error('The map has not been drawn yet.');
      return el;
    };
    // The map's extent, without the "Add stage"/"Add lane" buttons around it.
    const mapArea = (): CanvasRect => {
      const nodes = flow.getNodes().filter((n) => n.type !== 'add');
      if (nodes.length === 0) throw new Error('The map is empty.');
      return paddedArea(flow.getNodesBounds(nodes));
    };
    // Resolves once every node has an element that React Flow has measured, and no card is a sketch.
    const everyNodeDrawn = async () => {
      const start = performance.now();
      for (;;) {
        await new Promise((done) => requestAnimationFrame(done));
        const { domNode, nodeLookup } = store.getState();
        const shown = [...nodeLookup.values()].filter((n) => !n.hidden).length;
        const drawn = domNode?.querySelectorAll<HTMLElement>('.react-flow__node') ?? [];
        const measured = [...drawn].every((el) => el.style.visibility !== 'hidden');
        const sketched = domNode?.querySelector('[data-sketch]');
        if (drawn.length >= shown && measured && !sketched) return;
        if (performance.now() - start > DRAW_ALL_TIMEOUT_MS)
          throw new Error('The map took too long to draw.');
      }
    };
    // Draws the whole map in full for `fn`, then as before.
    const withEverything = async <T,>(fn: () => Promise<T>): Promise<T> => {
      drawAll(true);
      try {
        await everyNodeDrawn();
        return await fn();
      } finally {
        drawAll(false);
      }
    };
    const frameFor = (scope: 'map' | 'view') => {
      if (scope === 'map') return { area: mapArea(), zoom: 1 };
      const { width, height, transform } = store.getState();
      const [x, y, zoom] = transform;
      return {
        area: { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom },
        zoom,
      };
    };

    const imager: CanvasImager = {
      async renderCanvasImage({ format, scope }) {
        const render = async () => {
          const el = viewportElement();
          const frame = frameFor(scope);
          const css = await fontCss(el);
          const width = Math.round(frame.area.width * frame.zoom);
          const height = Math.round(frame.area.height * frame.zoom);
          if (format === 'svg') return { blob: await viewportSvg(el, frame, css), width, height };
          const { canvas } = await viewportCanvas(el, frame, css, PIXEL_RATIO);
          return { blob: await canvasPng(canvas), width, height };
        };
        // What is on screen is drawn already; the whole map may not be.
        return scope === 'view' ? render() : withEverything(render);
      },
      renderMapRaster(options) {
        return withEverything(async () => {
          const el = viewportElement();
          const frame = frameFor('map');
          const css = await fontCss(el);
          const wanted = options?.pixelRatio ?? PIXEL_RATIO;
          const { canvas } = await viewportCanvas(el, frame, css, wanted);
          // Measured rather than assumed: html-to-image may round the canvas size.
          return { canvas, area: frame.area, scale: canvas.width / frame.area.width };
        });
      },
    };
    return registry.register(imager);
  }, [registry, flow, store, drawAll]);

  return null;
}
