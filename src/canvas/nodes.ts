import type { Node } from '@xyflow/react';
import type { CardData, LaneData, MapState, PersonaData, StageData } from '../doc/schema.ts';
import { emotionCurves, type EmotionCurve } from './emotion.ts';
import { CARD_H, CARD_W, COLUMN_W, LANE_HEADER_W, STAGE_HEADER_H, type Layout } from './layout.ts';

/* Pure derivation: map state + layout → React Flow nodes. */

export type StageNodeData = { stage: StageData; index: number; count: number; cards: number };
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
};
export type CardNodeData = {
  card: CardData;
  stageName: string;
  laneName: string;
  persona: PersonaData | null;
};
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
}

/** Every node of the canvas, in paint order (cells under curves under cards under headers). */
export function deriveNodes({ map, layout, selectedId }: DeriveInput): JourneyNode[] {
  const nodes: JourneyNode[] = [];
  const width = layout.stages.length * COLUMN_W;
  const personaIds = map.personas.map((p) => p.id);
  const cardCount = (key: 'stageId' | 'laneId', id: string) =>
    map.cards.filter((c) => c[key] === id).length;
  const curvesFor = new Map(
    layout.lanes
      .filter((l) => l.lane.kind === 'emotion')
      .map((l) => [l.lane.id, emotionCurves(map, layout, l, personaIds)]),
  );

  for (const lane of layout.lanes) {
    for (const stage of layout.stages) {
      nodes.push({
        id: `cell:${stage.stage.id}/${lane.lane.id}`,
        type: 'cell',
        position: { x: stage.x, y: lane.y },
        width: COLUMN_W,
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

  const persona = map.personas[0] ?? null;
  for (const box of layout.cards) {
    const id = cardNodeId(box.card.id);
    nodes.push({
      id,
      type: 'card',
      position: { x: box.x, y: box.y },
      width: CARD_W,
      height: CARD_H,
      zIndex: 2,
      selected: selectedId === box.card.id,
      ariaLabel: `Card ${box.card.title}`,
      data: {
        card: box.card,
        stageName: layout.stages[box.stageIndex]!.stage.name,
        laneName: layout.lanes[box.laneIndex]!.lane.name,
        persona,
      },
    });
  }

  for (const stage of layout.stages) {
    nodes.push({
      id: stageNodeId(stage.stage.id),
      type: 'stage',
      position: { x: stage.x, y: 0 },
      width: COLUMN_W,
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
