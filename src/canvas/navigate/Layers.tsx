import { memo, type CSSProperties } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { Layout } from '../layout.ts';
import { cellCounts } from './orientation.ts';
import { useViewLayer } from './useViewportVars.ts';
import './navigate.css';

const vars = (v: Record<string, number>) =>
  Object.fromEntries(Object.entries(v).map(([k, n]) => [`--tm-${k}`, n])) as CSSProperties;

/**
 * The stage header row and the lane labels that stay on screen once the map's own headers
 * have scrolled off the top or the left. Rendered when the layout changes; a pan moves them
 * through CSS variables only (useViewportVars).
 */
export const StickyHeaders = memo(function StickyHeaders({ layout }: { layout: Layout }) {
  const view = useViewLayer();
  return (
    <>
      <div ref={view} className="tm-sticky tm-sticky-top" role="group" aria-label="Stage headers">
        {layout.stages.map((s) => (
          <div key={s.stage.id} style={vars({ sx: s.x, sw: s.w })}>
            <span title={s.stage.name}>
              {s.index + 1}. {s.stage.name || 'Untitled stage'}
            </span>
          </div>
        ))}
      </div>
      <div ref={view} className="tm-sticky tm-sticky-left" role="group" aria-label="Lane labels">
        {layout.lanes.map((l) => (
          <div key={l.lane.id} style={vars({ ly: l.y, lh: l.h })}>
            <span>{l.lane.name || 'Untitled lane'}</span>
          </div>
        ))}
      </div>
    </>
  );
});

/**
 * Drawn over a map zoomed out too far to read its cards: every stage's name above its column
 * and each cell's number of cards, at a constant size on screen (about 14 px), in one layer
 * that moves with the canvas.
 */
export const OrientationLayer = memo(function OrientationLayer({ layout }: { layout: Layout }) {
  const view = useViewLayer();
  return (
    <ViewportPortal>
      <div ref={view} className="tm-orient" role="group" aria-label="Map outline">
        {layout.stages.map((s) => (
          <div
            key={s.stage.id}
            className="tm-orient-stage"
            style={{ left: s.x + s.w / 2, bottom: `calc(100% + 6px / var(--tm-z))`, top: 'auto' }}
          >
            {s.index + 1}. {s.stage.name || 'Untitled stage'}
          </div>
        ))}
        {cellCounts(layout).map((c) => (
          <div key={c.key} className="tm-orient-count" style={{ left: c.x, top: c.y }}>
            {c.count}
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
});
