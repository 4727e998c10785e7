import { useCallback, useEffect, type RefObject } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { ORIENT_BELOW_ZOOM } from './zoomFloor.ts';

/**
 * Writes React Flow's viewport as CSS variables (--tm-x, --tm-y in screen pixels, --tm-z the
 * zoom) onto the layers inside `root` marked `data-tm-view`, and flags on `root` (data-tm-far: zoomed out past reading; data-tm-top / data-tm-left:
 * the stage header row / lane header column is scrolled off). The sticky headers and the
 * orientation layer follow the view through these alone: no React render on a pan frame.
 */
export function useViewportVars(root: RefObject<HTMLElement | null>): void {
  const store = useStoreApi();
  useEffect(() => {
    let last: ReactFlowState['transform'] | null = null;
    const write = (s: ReactFlowState) => {
      const el = root.current;
      if (!el || s.transform === last) return;
      last = s.transform;
      const [x, y, z] = s.transform;
      // On the layers alone: a custom property set on the root would restyle every node.
      for (const layer of el.querySelectorAll<HTMLElement>('[data-tm-view]')) {
        setView(layer, x, y, z);
      }
      flag(el, 'tmFar', z < ORIENT_BELOW_ZOOM);
      flag(el, 'tmTop', y < 0);
      flag(el, 'tmLeft', x < 0);
    };
    write(store.getState());
    return store.subscribe(write);
  }, [root, store]);
}

function flag(el: HTMLElement, name: string, on: boolean) {
  if (on && el.dataset[name] === undefined) el.dataset[name] = '';
  else if (!on && el.dataset[name] !== undefined) delete el.dataset[name];
}

function setView(layer: HTMLElement, x: number, y: number, z: number) {
  layer.style.setProperty('--tm-x', String(x));
  layer.style.setProperty('--tm-y', String(y));
  layer.style.setProperty('--tm-z', String(z));
}

/**
 * A ref for a layer that follows the view: marks it `data-tm-view` (useViewportVars updates
 * it on every move) and gives it the current view at once, for a layer mounted between moves.
 */
export function useViewLayer(): (el: HTMLElement | null) => void {
  const store = useStoreApi();
  return useCallback(
    (el: HTMLElement | null) => {
      if (!el) return;
      el.dataset.tmView = '';
      const [x, y, z] = store.getState().transform;
      setView(el, x, y, z);
    },
    [store],
  );
}
