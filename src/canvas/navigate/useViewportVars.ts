import { useEffect, type RefObject } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { ORIENT_BELOW_ZOOM } from './zoomFloor.ts';

/**
 * Writes React Flow's viewport onto `root` as CSS variables (--tm-x, --tm-y in screen pixels,
 * --tm-z the zoom) and flags (data-tm-far: zoomed out past reading; data-tm-top / data-tm-left:
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
      el.style.setProperty('--tm-x', String(x));
      el.style.setProperty('--tm-y', String(y));
      el.style.setProperty('--tm-z', String(z));
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
