import { memo, useEffect, useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { Panel, getNodesBounds, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { JourneyNode } from './nodes.ts';
import { overviewFrame, overviewPath, type Rect } from './overview.ts';
import { useUi } from '../editor/MapContext.tsx';
import { overviewSize } from './navigate/overviewSize.ts';

/** Search matches (cards that pass the filters while a search is typed), drawn on top. */
const MATCH = '#f59e0b';

const COLORS: Record<string, string> = {
  card: '#6366f1',
  stage: '#312e81',
  lane: '#94a3b8',
};
const OTHER = '#e2e8f0';

/** What the overview reads from React Flow on every pan: the view alone. */
const viewOf = (s: ReactFlowState): Rect => ({
  x: -s.transform[0] / s.transform[2],
  y: -s.transform[1] / s.transform[2],
  width: s.width / s.transform[2],
  height: s.height / s.transform[2],
});
/** `view` cut to `map`, or `view` itself when they do not meet. */
function clampTo(view: Rect, map: Rect): Rect {
  const x = Math.max(view.x, map.x);
  const y = Math.max(view.y, map.y);
  const right = Math.min(view.x + view.width, map.x + map.width);
  const bottom = Math.min(view.y + view.height, map.y + map.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : view;
}
const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** The nodes as one path per colour, in paint order (cells, then cards, then headers). */
function NodeShapes({
  nodes,
  unitsPerPixel,
  marking,
}: {
  nodes: readonly JourneyNode[];
  unitsPerPixel: number;
  marking: boolean;
}) {
  const shapes = useMemo(() => {
    const groups = new Map<string, Rect[]>([[OTHER, []]]);
    const matches: Rect[] = [];
    // A match is at least three overview pixels across, so a single one is seen.
    const least = unitsPerPixel * 3;
    for (const node of nodes) {
      if (node.hidden) continue;
      const color = COLORS[node.type] ?? OTHER;
      const rect = { ...node.position, width: node.width ?? 0, height: node.height ?? 0 };
      if (marking && node.type === 'card' && !node.data.dimmed) {
        const grow = Math.max(0, (least - rect.height) / 2);
        matches.push({ ...rect, y: rect.y - grow, height: rect.height + 2 * grow });
        continue;
      }
      const group = groups.get(color);
      if (group) group.push(rect);
      else groups.set(color, [rect]);
    }
    groups.set(MATCH, matches);
    return [...groups].map(([color, rects]) => ({
      color,
      d: overviewPath(rects, unitsPerPixel),
    }));
  }, [nodes, unitsPerPixel, marking]);
  return shapes.map(({ color, d }) => (
    <path
      key={color}
      className="react-flow__minimap-node"
      d={d}
      style={{ fill: color }}
      shapeRendering="crispEdges"
    />
  ));
}
const Shapes = memo(NodeShapes);

/**
 * The map overview in the corner: the map's nodes, the view's frame; click in it to go there,
 * drag to pan and use the wheel to zoom. It takes the map's proportions (a long journey gets a
 * wide overview, stretched upward when it would be a strip), marks the search's matches, and
 * folds away with its button. It draws the nodes as a few paths and re-renders on a pan only
 * to move the frame: React Flow's MiniMap keeps a store subscription per node, which was about
 * a third of the work of panning a 2,000-card map. `nodes` are the ones derived from the
 * document, so a card being dragged moves here when it is dropped.
 */
export function Overview({ nodes }: { nodes: readonly JourneyNode[] }) {
  const flow = useReactFlow();
  const titleId = useId();
  const view = useStore(viewOf, sameRect);
  const marking = useUi((s) => s.filters.search.trim() !== '');
  const [shown, setShown] = useState(true);
  const map = useMemo(() => (nodes.length > 0 ? getNodesBounds([...nodes]) : null), [nodes]);
  const size = overviewSize(map?.width ?? 0, map?.height ?? 0);
  // Zoomed out past the whole map, the picture stays the map's (not a speck in the view).
  const { box, mask } = overviewFrame(
    map,
    map ? clampTo(view, map) : view,
    size.width,
    size.trueHeight,
  );
  // The map alone at its largest: the view can only make the picture smaller.
  const mapScale = map ? Math.max(map.width / size.width, map.height / size.trueHeight) : 0;
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);
  // Canvas units per overview pixel, across and down (down differs when stretched).
  const scaleRef = useRef({ x: 1, y: 1 });
  useEffect(() => {
    scaleRef.current = { x: box.width / size.width, y: box.height / size.height };
  }, [box.width, box.height, size.width, size.height]);

  // Wheel to zoom about the middle of the view; a native listener, so the page does not scroll.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const step = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
      void flow.zoomTo(flow.getZoom() * Math.pow(2, -e.deltaY * step));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [flow, shown]);

  // A press outside the view's frame brings the view there; dragging then moves the frame.
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY };
    const matrix = e.currentTarget.getScreenCTM();
    if (!matrix) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    const inside =
      p.x >= view.x && p.x <= view.x + view.width && p.y >= view.y && p.y <= view.y + view.height;
    if (!inside) void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() });
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const last = drag.current;
    if (!last) return;
    drag.current = { x: e.clientX, y: e.clientY };
    const { x, y, zoom } = flow.getViewport();
    const scale = scaleRef.current;
    void flow.setViewport({
      x: x - (e.clientX - last.x) * scale.x * zoom,
      y: y - (e.clientY - last.y) * scale.y * zoom,
      zoom,
    });
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const toggle = (
    <button
      type="button"
      className="absolute -top-3 -left-3 z-10 flex h-6 w-6 items-center justify-center rounded-full border border-slate-300 bg-white text-xs text-slate-600 shadow-sm hover:bg-slate-100"
      aria-label={shown ? 'Hide overview' : 'Show overview'}
      title={shown ? 'Hide overview' : 'Show overview'}
      aria-expanded={shown}
      onClick={() => setShown((v) => !v)}
    >
      {shown ? '×' : '▣'}
    </button>
  );
  if (!shown) {
    return (
      <Panel position="bottom-right" className="!m-6 h-0 w-0">
        {toggle}
      </Panel>
    );
  }
  return (
    <Panel position="bottom-right" className="react-flow__minimap relative opacity-95">
      {toggle}
      <svg
        ref={svg}
        width={size.width}
        height={size.height}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        preserveAspectRatio="none"
        className="react-flow__minimap-svg touch-none"
        role="img"
        aria-labelledby={titleId}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <title id={titleId}>Map overview</title>
        <Shapes nodes={nodes} unitsPerPixel={mapScale} marking={marking} />
        <path className="react-flow__minimap-mask" d={mask} fillRule="evenodd" />
      </svg>
    </Panel>
  );
}
