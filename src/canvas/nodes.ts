import { Position, type Node, type NodeHandle } from '@xyflow/react';
import type {
  CardData,
  KpiData,
  LaneData,
  MapState,
  PersonData,
  PersonaData,
  StageData,
} from '../doc/schema.ts';
import { emotionCurves, type EmotionCurve } from './emotion.ts';
import { CARD_H, CARD_W, LANE_HEADER_W, STAGE_HEADER_H, type Layout } from './layout.ts';

/* Pure derivation: map state + layout → React Flow nodes. */

/**
 * Where a card's anchors are (CardAnchors: left middle in, right middle out). Said up front so
 * that React Flow need not draw every card once to measure them: it draws a node it has no
 * handle positions for even when culling, which made opening a 2,000-card map draw 2,000 full
 * cards and throw most away. Cards on screen are measured as usual when drawn.
 */
const CARD_SIZE = { width: CARD_W, height: CARD_H };
const CARD_HANDLES: NodeHandle[] = [
  { type: 'target', position: Position.Left, x: -3, y: CARD_H / 2 - 3, width: 6, height: 6 },
  {
    type: 'source',
    position: Position.Right,
    x: CARD_W - 3,
    y: CARD_H / 2 - 3,
    width: 6,
    height: 6,
  },
];

export type StageNodeData = {
  stage: StageData;
  index: number;
  count: number;
  cards: number;
  owner: PersonData | null;
  kpis: KpiData[];
  /** The values of the stage decorations (slots.ts), in their order. */
  decorations: readonly unknown[];
  mark: ChangeMark | null;
};
export type LaneNodeData = {
  lane: LaneData;
  index: number;
  count: number;
  cards: number;
  curves: EmotionCurve[];
};
export type CellNodeData = {
  stageId: string;
  laneId: string;
  stageName: string;
  laneName: string;
  emotion: boolean;
  /** No card in it yet: it shows a faint "+" so that a newcomer sees where cards go. */
  empty: boolean;
};
export type CardNodeData = {
  card: CardData;
  stageName: string;
  laneName: string;
  persona: PersonaData | null;
  owner: PersonData | null;
  kpis: KpiData[];
  dimmed: boolean;
  /** The values of the card decorations (slots.ts), in their order. */
  decorations: readonly unknown[];
  mark: ChangeMark | null;
};
/** How an item changed, when comparing two versions of the map. */
/** `origin`: the faded ghost of a moved card where it was. */
export type ChangeMark = 'added' | 'removed' | 'moved' | 'changed' | 'origin';

export type EmotionNodeData = { curves: EmotionCurve[]; width: number; height: number };
export type AddNodeData = { what: 'stage' | 'lane' };

export type StageNode = Node<StageNodeData, 'stage'>;
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type CellNode = Node<CellNodeData, 'cell'>;
export type CardNode = Node<CardNodeData, 'card'>;
export type EmotionNode = Node<EmotionNodeData, 'emotion'>;
export type AddNode = Node<AddNodeData, 'add'>;
export type JourneyNode = StageNode | LaneNode | CellNode | CardNode | EmotionNode | AddNode;

export const cardNodeId = (id: string) => `card:${id}`;
export const stageNodeId = (id: string) => `stage:${id}`;
export const laneNodeId = (id: string) => `lane:${id}`;

export interface DeriveInput {
  map: MapState;
  layout: Layout;
  selectedId: string | null;
  /** Personas whose curves show, in order; the first also gets the card's quick picker. */
  personaIds: readonly string[];
  /** Cards that fail the filters are drawn faded. */
  matches: (card: CardData) => boolean;
  /** The values of a card's decorations (decorate.ts); none when left out. */
  cardValues?: (card: CardData) => readonly unknown[];
  stageValues?: (stage: StageData) => readonly unknown[];
  marks?: ReadonlyMap<string, ChangeMark>;
}

const NO_VALUES: readonly unknown[] = [];
const noValues = () => NO_VALUES;

/** Lookup tables shared by the derivation, built once per map state. */
function indexes(map: MapState) {
  const people = new Map(map.people.map((p) => [p.id, p]));
  const kpis = new Map(map.kpis.map((k) => [k.id, k]));
  const byStage = new Map<string, KpiData[]>();
  const byCard = new Map<string, KpiData[]>();
  for (const kpi of map.kpis) {
    if (kpi.stageId) byStage.set(kpi.stageId, [...(byStage.get(kpi.stageId) ?? []), kpi]);
    if (kpi.cardId) byCard.set(kpi.cardId, [...(byCard.get(kpi.cardId) ?? []), kpi]);
  }
  const cardKpis = (card: CardData) => {
    const attached = byCard.get(card.id) ?? [];
    const linked = card.kpiIds.map((id) => kpis.get(id)).filter((k): k is KpiData => !!k);
    return [...attached, ...linked.filter((k) => !attached.includes(k))];
  };
  const owner = (id: string | null) => (id ? (people.get(id) ?? null) : null);
  return {
    owner,
    cardKpis,
    stageKpis: (id: string) => byStage.get(id) ?? [],
  };
}

/** Every node of the canvas, in paint order (cells under curves under cards under headers). */
export function deriveNodes(input: DeriveInput): JourneyNode[] {
  const { map, layout, selectedId, personaIds, matches, marks } = input;
  const { cardValues = noValues, stageValues = noValues } = input;
  const nodes: JourneyNode[] = [];
  // Folded stages (src/navigate) are narrower than a column.
  const width = layout.width - LANE_HEADER_W;
  const find = indexes(map);
  const cardCount = (key: 'stageId' | 'laneId', id: string) =>
    map.cards.filter((c) => c[key] === id).length;
  const curvesFor = new Map(
    layout.lanes
      .filter((l) => l.lane.kind === 'emotion')
      .map((l) => [l.lane.id, emotionCurves(map, layout, l, personaIds)]),
  );

  const filled = new Set(layout.cards.map((c) => `${c.card.stageId}/${c.card.laneId}`));
  for (const lane of layout.lanes) {
    for (const stage of layout.stages) {
      nodes.push({
        id: `cell:${stage.stage.id}/${lane.lane.id}`,
        type: 'cell',
        position: { x: stage.x, y: lane.y },
        width: stage.w,
        height: lane.h,
        draggable: false,
        deletable: false,
        selectable: false,
        focusable: false,
        zIndex: 0,
        data: {
          stageId: stage.stage.id,
          laneId: lane.lane.id,
          stageName: stage.stage.name,
          laneName: lane.lane.name,
          emotion: lane.lane.kind === 'emotion',
          empty: !filled.has(`${stage.stage.id}/${lane.lane.id}`),
        },
      });
    }
    const curves = curvesFor.get(lane.lane.id);
    if (curves) {
      nodes.push({
        id: `emotion:${lane.lane.id}`,
        type: 'emotion',
        position: { x: LANE_HEADER_W, y: lane.y },
        width,
        height: lane.h,
        draggable: false,
        deletable: false,
        selectable: false,
        focusable: false,
        zIndex: 1,
        data: { curves, width, height: lane.h },
      });
    }
  }

  const persona = map.personas.find((p) => p.id === personaIds[0]) ?? null;
  for (const box of layout.cards) {
    const id = cardNodeId(box.card.id);
    nodes.push({
      id,
      type: 'card',
      position: { x: box.x, y: box.y },
      width: CARD_W,
      height: CARD_H,
      // Known without drawing: fitting the whole map counts only measured nodes.
      measured: CARD_SIZE,
      handles: CARD_HANDLES,
      zIndex: 2,
      selected: selectedId === box.card.id,
      ariaLabel:
        marks?.get(box.card.id) === 'origin'
          ? `Where card ${box.card.title} was`
          : `Card ${box.card.title}`,
      data: {
        card: box.card,
        stageName: layout.stages[box.stageIndex]!.stage.name,
        laneName: layout.lanes[box.laneIndex]!.lane.name,
        persona,
        owner: find.owner(box.card.ownerId),
        kpis: find.cardKpis(box.card),
        dimmed: !matches(box.card),
        decorations: cardValues(box.card),
        mark: marks?.get(box.card.id) ?? null,
      },
    });
  }

  for (const stage of layout.stages) {
    nodes.push({
      id: stageNodeId(stage.stage.id),
      type: 'stage',
      position: { x: stage.x, y: 0 },
      width: stage.w,
      height: STAGE_HEADER_H,
      zIndex: 3,
      deletable: false,
      selected: selectedId === stage.stage.id,
      ariaLabel: `Stage ${stage.stage.name}`,
      data: {
        stage: stage.stage,
        index: stage.index,
        count: layout.stages.length,
        cards: cardCount('stageId', stage.stage.id),
        owner: find.owner(stage.stage.ownerId),
        kpis: find.stageKpis(stage.stage.id),
        decorations: stageValues(stage.stage),
        mark: marks?.get(stage.stage.id) ?? null,
      },
    });
  }
  for (const lane of layout.lanes) {
    nodes.push({
      id: laneNodeId(lane.lane.id),
      type: 'lane',
      position: { x: 0, y: lane.y },
      width: LANE_HEADER_W,
      height: lane.h,
      zIndex: 3,
      deletable: false,
      selected: selectedId === lane.lane.id,
      ariaLabel: `Lane ${lane.lane.name}`,
      data: {
        lane: lane.lane,
        index: lane.index,
        count: layout.lanes.length,
        cards: cardCount('laneId', lane.lane.id),
        curves: curvesFor.get(lane.lane.id) ?? [],
      },
    });
  }

  nodes.push(
    {
      id: 'add:stage',
      type: 'add',
      position: { x: layout.width + 16, y: 16 },
      width: 160,
      height: STAGE_HEADER_H - 32,
      draggable: false,
      deletable: false,
      selectable: false,
      focusable: false,
      data: { what: 'stage' },
    },
    {
      id: 'add:lane',
      type: 'add',
      position: { x: 16, y: layout.height + 16 },
      width: LANE_HEADER_W - 32,
      height: 48,
      draggable: false,
      deletable: false,
      selectable: false,
      focusable: false,
      data: { what: 'lane' },
    },
  );
  return nodes;
}
