import { memo, useEffect, useId, useMemo, useRef, type PointerEvent } from 'react';
import { Panel, getNodesBounds, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { JourneyNode } from './nodes.ts';
import { overviewFrame, overviewPath, type Rect } from './overview.ts';

const WIDTH = 168;
const HEIGHT = 108;

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
const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** The nodes as one path per colour, in paint order (cells, then cards, then headers). */
function NodeShapes({
  nodes,
  unitsPerPixel,
}: {
  nodes: readonly JourneyNode[];
  unitsPerPixel: number;
}) {
  const shapes = useMemo(() => {
    const groups = new Map<string, Rect[]>([[OTHER, []]]);
    for (const node of nodes) {
      if (node.hidden) continue;
      const color = COLORS[node.type] ?? OTHER;
      const rect = { ...node.position, width: node.width ?? 0, height: node.height ?? 0 };
      const group = groups.get(color);
      if (group) group.push(rect);
      else groups.set(color, [rect]);
    }
    return [...groups].map(([color, rects]) => ({
      color,
      d: overviewPath(rects, unitsPerPixel),
    }));
  }, [nodes, unitsPerPixel]);
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
 * The map overview in the corner: the map's nodes, the view's frame; drag in it to pan and
 * use the wheel to zoom. It draws the nodes as a few paths and re-renders on a pan only to
 * move the frame: React Flow's MiniMap keeps a store subscription per node, which was about
 * a third of the work of panning a 2,000-card map. `nodes` are the ones derived from the
 * document, so a card being dragged moves here when it is dropped.
 */
export function Overview({ nodes }: { nodes: readonly JourneyNode[] }) {
  const flow = useReactFlow();
  const titleId = useId();
  const view = useStore(viewOf, sameRect);
  const map = useMemo(() => (nodes.length > 0 ? getNodesBounds([...nodes]) : null), [nodes]);
  const { box, scale, mask } = overviewFrame(map, view, WIDTH, HEIGHT);
  // The map alone at its largest: the view can only make the picture smaller.
  const mapScale = map ? Math.max(map.width / WIDTH, map.height / HEIGHT) : 0;
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const scaleRef = useRef(scale);
  useEffect(() => {
    scaleRef.current = scale;
  }, [scale]);

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
  }, [flow]);

  // Dragging moves the view's frame with the pointer.
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const last = drag.current;
    if (!last) return;
    drag.current = { x: e.clientX, y: e.clientY };
    const { x, y, zoom } = flow.getViewport();
    const move = scaleRef.current * zoom;
    void flow.setViewport({
      x: x - (e.clientX - last.x) * move,
      y: y - (e.clientY - last.y) * move,
      zoom,
    });
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="react-flow__minimap-svg touch-none"
        role="img"
        aria-labelledby={titleId}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <title id={titleId}>Map overview</title>
        <Shapes nodes={nodes} unitsPerPixel={mapScale} />
        <path className="react-flow__minimap-mask" d={mask} fillRule="evenodd" />
      </svg>
    </Panel>
  );
}
