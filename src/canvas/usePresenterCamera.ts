import { useEffect } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { presentedViewport, type Insets } from './camera.ts';
import type { Layout } from './layout.ts';

/**
 * Room the presentation's own controls take over the canvas: the banner at the top, the
 * presenter's bar at the bottom. The same for presenter and followers, so that screens of
 * one size frame a stage alike and others scale it to their window.
 */
export const PRESENT_INSETS: Insets = { top: 56, bottom: 104 };

/**
 * While a stage is in the spotlight (this user presents it, or follows who does), the view
 * frames it: header and lanes fill the screen at large type (see presentedViewport).
 */
export function usePresenterCamera(layout: Layout, spotlight: number | null): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  const box =
    spotlight === null ? undefined : layout.stages[Math.min(spotlight, layout.stages.length - 1)];
  const [x, w, h] = [box?.x, box?.w, layout.height];
  // Full screen, or the toolbar hidden when presenting, resizes the pane: frame again.
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  useEffect(() => {
    if (x === undefined || w === undefined) return;
    const frame = () => {
      const { width, height } = store.getState();
      if (width <= 0 || height <= 0) return;
      const view = presentedViewport(
        { x, y: 0, width: w, height: h },
        width,
        height,
        PRESENT_INSETS,
      );
      void flow.setViewport(view, { duration: 500 });
    };
    const id = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(id);
  }, [flow, store, x, w, h, paneWidth, paneHeight]);
}

/** The stage a node belongs to, for dimming everything outside the spotlight. */
export function nodeStageId(node: { type?: string; data: unknown }): string | null {
  const data = node.data as {
    card?: { stageId: string };
    stage?: { id: string };
    stageId?: string;
  };
  if (node.type === 'card') return data.card?.stageId ?? null;
  if (node.type === 'stage') return data.stage?.id ?? null;
  if (node.type === 'cell') return data.stageId ?? null;
  return null;
}
