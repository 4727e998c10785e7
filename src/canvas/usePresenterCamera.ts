import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useUi } from '../editor/MapContext.tsx';
import type { Layout } from './layout.ts';

/** While this user presents, the view fits the stage in the spotlight (followers copy it). */
export function usePresenterCamera(layout: Layout): void {
  const flow = useReactFlow();
  const stage = useUi((s) => s.presenting?.stage ?? null);
  const box = stage === null ? undefined : layout.stages[Math.min(stage, layout.stages.length - 1)];
  const [x, w, h] = [box?.x, box?.w, layout.height];
  useEffect(() => {
    if (x === undefined || w === undefined) return;
    void flow.fitBounds({ x, y: 0, width: w, height: h }, { padding: 0.06, duration: 500 });
  }, [flow, x, w, h]);
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
