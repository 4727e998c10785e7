import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { MapState } from '../doc/index.ts';
import { useCanEdit, useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { AddNode } from './AddNode.tsx';
import { CardNode } from './CardNode.tsx';
import { CellNode } from './CellNode.tsx';
import { EmotionNode } from './EmotionNode.tsx';
import { LaneNode } from './LaneNode.tsx';
import { layoutMap } from './layout.ts';
import type { ChangeMark, JourneyNode } from './nodes.ts';
import { StageNode } from './StageNode.tsx';
import { mergeDerived } from './merge.ts';
import { applyMoves } from './nodeChanges.ts';
import { Cursors } from './Cursors.tsx';
import { Overview } from './Overview.tsx';
import { Overlays } from './Overlays.tsx';
import { edgeTypesFor } from './edgeTypes.tsx';
import type { FlowLayerEdge } from './layerEdges.ts';
import { useLayerEdges } from './useLayerEdges.ts';
import { useEdgeHandlers } from './useEdgeHandlers.ts';
import { routeGridOf } from './route.ts';
import { RouteGridContext } from './RouteGridContext.ts';
import type { CanvasSlots } from './slots.ts';
import { SlotsContext } from './SlotsContext.ts';
import { CanvasImageSource } from './export/CanvasImageSource.tsx';
import { FullDetailContext } from './FullDetailContext.ts';
import { usePresenceBroadcast } from './usePresenceBroadcast.ts';
import { usePresenterCamera } from './usePresenterCamera.ts';
import { useDerivedNodes } from './useDerivedNodes.ts';
import { FIT, useFitWhenContentArrives } from './useFitWhenContentArrives.ts';
import { useNodeDrag } from './useNodeDrag.ts';
import { useFitWholeMapKey } from './useFitWholeMapKey.ts';
import { useRevealSelection } from './useRevealSelection.ts';
import { useFolded } from './navigate/store.ts';
import { foldLayout, quietFoldedCells } from './navigate/fold.ts';
import { OrientationLayer, StickyHeaders } from './navigate/Layers.tsx';
import { useViewportVars } from './navigate/useViewportVars.ts';
import { useSearchJump } from './navigate/useSearchJump.ts';
import { useZoomFloor } from './navigate/useZoomFloor.ts';
import { PhaseBand } from './navigate/PhaseBand.tsx';
import { usePhaseList } from './navigate/usePhases.ts';

interface CanvasProps {
  map: MapState;
  /** What the features add: decorations, edge layers, overlays (a module constant). */
  slots: CanvasSlots;
  /** The stage index in the workshop spotlight; the rest of the map is dimmed. */
  spotlight: number | null;
  /** When comparing versions: how each card or stage changed. */
  marks?: ReadonlyMap<string, ChangeMark>;
}

/**
 * Above this many cards only what is on screen is drawn: panning a map of thousands of cards
 * then costs what a screenful costs. Smaller maps keep every node in the page (and so in the
 * accessibility tree), as the templates are.
 */
export const DRAW_VISIBLE_ONLY_ABOVE = 200;

const nodeTypes = {
  stage: StageNode,
  lane: LaneNode,
  cell: CellNode,
  card: CardNode,
  emotion: EmotionNode,
  add: AddNode,
};

function Canvas({ map, slots, spotlight, marks }: CanvasProps) {
  const ui = useUiStore();
  const canEdit = useCanEdit();
  const folded = useFolded();
  // This user's folded stages and lanes (src/navigate) are narrow strips without cards.
  const layout = useMemo(() => foldLayout(layoutMap(map), folded), [map, folded]);
  const unfolded = useDerivedNodes({ map, layout, slots, spotlight, marks });
  const derived = useMemo(() => quietFoldedCells(unfolded, folded), [unfolded, folded]);
  const edges = useLayerEdges(slots.edgeLayers, map, marks);
  const clicked = useRef<string | null>(null);
  const lines = useEdgeHandlers(slots, map, clicked);
  const grid = useMemo(() => routeGridOf(layout), [layout]);
  // Empty until the view is open (useFitWhenContentArrives), then kept by the effect below.
  const [nodes, setNodes] = useState<JourneyNode[]>([]);
  // Pictures of the whole map being taken: while any is, every node is drawn in full.
  const [pictures, setPictures] = useState(0);
  const drawAll = useCallback((on: boolean) => setPictures((n) => n + (on ? 1 : -1)), []);
  const visibleOnly = map.cards.length > DRAW_VISIBLE_ONLY_ABOVE && pictures === 0;
  useRevealSelection(clicked);
  const derivedRef = useRef(derived);
  const drag = useNodeDrag(layout);
  const container = useRef<HTMLDivElement>(null);
  const presence = usePresenceBroadcast(container, spotlight !== null);
  useViewportVars(container);
  useSearchJump(layout, map.cards);
  const minZoom = useZoomFloor(layout);
  const phases = usePhaseList(useMapDoc(), map.stages);
  usePresenterCamera(layout, spotlight);
  // Every map opens at its first stage at a readable zoom (or whole, when that fits readably).
  const opened = useFitWhenContentArrives(layout.stages.length > 0, derived, false);
  useFitWholeMapKey();

  useEffect(() => {
    derivedRef.current = derived;
    if (opened) setNodes((previous) => mergeDerived(derived, previous));
  }, [derived, opened]);

  const onNodesChange = useCallback(
    (changes: NodeChange<JourneyNode>[]) => {
      for (const change of changes) {
        if (change.type !== 'select') continue;
        const [kind, id] = change.id.split(':') as [string, string];
        if (change.selected && (kind === 'card' || kind === 'stage' || kind === 'lane')) {
          clicked.current = id;
          ui.getState().select({ kind, id });
        } else if (!change.selected && ui.getState().selection?.id === id) {
          ui.getState().select(null);
        }
      }
      setNodes((current) => applyMoves(changes, current));
    },
    [ui],
  );

  const onPaneClick = useCallback(() => ui.getState().select(null), [ui]);

  const onNodeDragStop: OnNodeDrag<JourneyNode> = useCallback(
    (_event, node) => {
      const moved = drag.drop(node);
      // A refused drop snaps back now; an accepted one moves when the document updates.
      setNodes((current) =>
        moved
          ? current.map((n) => (n.id === node.id ? { ...n, dragging: false } : n))
          : mergeDerived(
              derivedRef.current,
              current.map((n) => ({ ...n, dragging: false })),
            ),
      );
    },
    [drag],
  );

  return (
    <div
      ref={container}
      className={`h-full w-full ${phases.list.length > 0 ? 'tm-with-phases' : ''}`}
      onPointerMove={presence.onPointerMove}
      onPointerLeave={presence.onPointerLeave}
    >
      <SlotsContext.Provider value={slots}>
        <RouteGridContext.Provider value={grid}>
          <FullDetailContext.Provider value={pictures > 0}>
            <ReactFlow<JourneyNode, FlowLayerEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypesFor(slots.edgeLayers)}
              onNodesChange={onNodesChange}
              onNodeDrag={drag.onNodeDrag}
              onNodeDragStop={onNodeDragStop}
              onPaneClick={onPaneClick}
              onMove={presence.onMove}
              onMoveStart={presence.onMoveStart}
              deleteKeyCode={null}
              disableKeyboardA11y
              nodesConnectable={lines.nodesConnectable}
              onConnect={lines.onConnect}
              isValidConnection={lines.isValidConnection}
              onEdgeClick={lines.onEdgeClick}
              connectionLineStyle={CONNECTION_LINE}
              nodesDraggable={canEdit}
              selectNodesOnDrag={false}
              elevateNodesOnSelect
              onlyRenderVisibleElements={visibleOnly}
              // A presented stage taller than the screen scrolls with the wheel.
              panOnScroll={spotlight !== null}
              fitViewOptions={FIT}
              minZoom={minZoom}
              maxZoom={2}
              proOptions={PRO_OPTIONS}
              ariaLabelConfig={ARIA_LABELS}
              className={`bg-slate-100 ${visibleOnly ? 'tm-visible-only' : ''} ${spotlight !== null ? 'tm-present' : ''}`}
            >
              <Background gap={24} color="#e2e8f0" />
              <OrientationLayer layout={layout} />
              <StickyHeaders layout={layout} />
              <PhaseBand layout={layout} />
              <Overview nodes={derived} />
              <Controls position="bottom-left" aria-label="Zoom controls" />
              <Cursors />
              <CanvasImageSource drawAll={drawAll} />
              <Overlays overlays={slots.overlays} map={map} />
            </ReactFlow>
          </FullDetailContext.Provider>
        </RouteGridContext.Provider>
      </SlotsContext.Provider>
    </div>
  );
}

// Props React Flow keeps in its store or passes to memoized parts: a new array, object or
// function on every render of the canvas (which re-renders whenever presence changes, so
// every frame of a pan) made it rebuild its edges, update the store and re-run every node's
// subscription each time.
const PRO_OPTIONS = { hideAttribution: true };
// The map opens at a readable zoom; this control (and the F key) shows all of it.
const ARIA_LABELS = { 'controls.fitView.ariaLabel': 'Fit whole map (F)' };
const CONNECTION_LINE = { stroke: '#4f46e5', strokeWidth: 2.5, strokeDasharray: '6 4' };

/** The journey map canvas: stages as columns, lanes as rows, cards in cells. */
export function JourneyCanvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
