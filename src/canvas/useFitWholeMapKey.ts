import { useEffect } from 'react';
import { getNodesBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { fittedViewport } from './camera.ts';
import { FIT } from './useFitWhenContentArrives.ts';

/** "F" fits the whole map in the view (the map opens at a readable zoom instead). */
export function useFitWholeMapKey(): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'f' && e.key !== 'F') return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const { width, height, minZoom } = store.getState();
      const bounds = getNodesBounds(flow.getNodes().filter((n) => n.type !== 'add'));
      if (width <= 0 || bounds.width <= 0) return;
      e.preventDefault();
      void flow.setViewport(fittedViewport(bounds, width, height, minZoom, FIT.maxZoom), {
        duration: 300,
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flow, store]);
}
