import type { ReactNode } from 'react';
import type { CardData, MapState, StageData } from '../doc/index.ts';
import type { ChangeMark } from './nodes.ts';
import type { LabelSpot, Point } from './route.ts';

/*
 * How features add to the canvas without the canvas knowing them, as React Flow's own
 * nodeTypes/edgeTypes do: a feature exports a CanvasContribution, the composition root
 * (src/map/features.ts) lists the contributions, and the canvas draws what it is handed.
 */

/** What a decoration is drawn with. */
export interface DecorationProps<Item, Value = unknown> {
  item: Item;
  /** The item's title as shown ("Untitled card" when empty), for accessible names. */
  title: string;
  /** What the decoration's `derive` gave for this item; undefined without one. */
  value: Value;
}

/** Something a feature draws on every card or stage header: a badge, a count, controls. */
export interface Decoration<Item, Value = unknown> {
  /** Unique among the decorations of cards (or of stages). */
  id: string;
  /** `corner`: pinned over the top-right corner; `badge`: in the row of badges at the bottom. */
  place: 'corner' | 'badge';
  /** Also drawn on a card sketched at low zoom: for what colleagues are doing right now. */
  onSketch?: boolean;
  /**
   * Per-item values from the map on screen, derived once per map state. An item re-renders only
   * when its value changes (===), so return numbers, strings or objects kept from the map state.
   * Live data from elsewhere (comments, votes) the Component reads from its feature's context.
   */
  derive?: (map: MapState) => (item: Item) => Value;
  Component: (props: DecorationProps<Item, Value>) => ReactNode;
}

export type CardDecoration = Decoration<CardData>;
export type StageDecoration = Decoration<StageData>;

/** Checks a decoration's value type from `derive` to `Component`, then lets it join a list. */
export function decoration<Item, Value>(d: Decoration<Item, Value>): Decoration<Item> {
  return d as unknown as Decoration<Item>;
}

/** A line from one card to another (card ids), drawn by its layer's Edge component. */
export interface LayerEdge<Data = unknown> {
  /** Unique within its layer; in a selectable layer, what the selection names. */
  id: string;
  from: string;
  to: string;
  /** What the line says, for screen readers ("Data flow from A to B: missing"). */
  name?: string;
  data?: Data;
}

/** What an Edge component draws with, in canvas coordinates. */
export interface LayerEdgeProps<Data = unknown> {
  edge: LayerEdge<Data>;
  /**
   * An SVG path routed around the cards (route.ts): out of a side of the `from` card, along
   * the gutters between columns and the bands between lanes, into a side of the `to` card.
   */
  path: string;
  /** The route's corners, from the `from` card to the `to` card (the last two aim an arrow). */
  points: readonly Point[];
  /** Where a label fits: on a long run, or upright in a narrow gutter. */
  label: LabelSpot;
  /** The label's place, as `label.x` and `label.y`. */
  labelX: number;
  labelY: number;
  /** Selected (in a selectable layer). */
  selected: boolean;
  /** How it changed, when comparing two versions (by edge id). */
  mark: ChangeMark | null;
}

/** A set of edges between cards, drawn above the cells and under the cards. */
export interface EdgeLayer<Data = unknown> {
  /** Unique among the layers; also its edge type in React Flow. */
  id: string;
  /**
   * Its edges are the map's connections: a click selects one (selection kind `connection`,
   * the edge's id), so the inspector can edit it.
   */
  selectable?: boolean;
  /**
   * A hook giving the layer's edges; it may read its feature's context. It runs on every render
   * of the canvas, so memoize: the canvas hands React Flow new edges only when the array changes.
   */
  useEdges: (map: MapState) => readonly LayerEdge<Data>[];
  /** An SVG element (a `<path>`, a `<g>`) drawn in the canvas's edge layer. */
  Edge: (props: LayerEdgeProps<Data>) => ReactNode;
}

/** Checks an edge layer's data type from `useEdges` to `Edge`, then lets it join a list. */
export function edgeLayer<Data>(layer: EdgeLayer<Data>): EdgeLayer {
  return layer as unknown as EdgeLayer;
}

/** Something drawn over the canvas at a fixed place on screen, such as a legend. */
export interface CanvasOverlay {
  id: string;
  position: 'top-left' | 'top-center' | 'top-right' | 'bottom-center' | 'bottom-right';
  /** Re-rendered when the map on screen changes, not when the view or presence does. */
  Component: (props: { map: MapState }) => ReactNode;
}

/** Lets people draw a line from one card to another by dragging from the card's edge. */
export interface CardConnector {
  /**
   * A hook giving what to do with a line drawn from card `from` to card `to`, or null while
   * this person may not draw (a viewer, the past). Called on every render of the canvas.
   */
  useConnect(map: MapState): ((from: string, to: string) => void) | null;
}

/** What one feature adds to the canvas; every list is optional. */
export interface CanvasContribution {
  /** The feature's folder, for whoever reads the registry. */
  feature: string;
  /**
   * False for what describes only the present (open comment threads): left out when the
   * canvas shows a past version or a comparison.
   */
  inPast?: boolean;
  cardDecorations?: readonly CardDecoration[];
  stageDecorations?: readonly StageDecoration[];
  edgeLayers?: readonly EdgeLayer[];
  overlays?: readonly CanvasOverlay[];
  /** At most one feature on a canvas draws lines by hand; the first one listed wins. */
  connector?: CardConnector;
}

/** Everything the canvas is handed, in the order of the contributions. */
export interface CanvasSlots {
  cardDecorations: readonly CardDecoration[];
  stageDecorations: readonly StageDecoration[];
  edgeLayers: readonly EdgeLayer[];
  overlays: readonly CanvasOverlay[];
  connector: CardConnector | null;
}

/**
 * Flattens contributions into the canvas's slots. Call it once, at module level: the canvas
 * relies on the same object for the life of a page (edge types, hooks of edge layers).
 */
export function canvasSlots(contributions: readonly CanvasContribution[]): CanvasSlots {
  return {
    cardDecorations: contributions.flatMap((c) => c.cardDecorations ?? []),
    stageDecorations: contributions.flatMap((c) => c.stageDecorations ?? []),
    edgeLayers: contributions.flatMap((c) => c.edgeLayers ?? []),
    overlays: contributions.flatMap((c) => c.overlays ?? []),
    connector: contributions.find((c) => c.connector)?.connector ?? null,
  };
}

/** A canvas with nothing added. */
export const NO_SLOTS: CanvasSlots = canvasSlots([]);
