import type { CardData, LaneData, MapState, StageData } from '../doc/schema.ts';

/*
 * Pure geometry: where every stage, lane, cell and card sits on the canvas,
 * derived from (stage, lane, order) alone. Nothing here is stored.
 */

export const LANE_HEADER_W = 208;
export const STAGE_HEADER_H = 128;
export const COLUMN_W = 288;
export const CARD_W = 256;
export const CARD_H = 108;
export const CARD_GAP = 12;
export const CELL_PAD = 16;
export const ADD_BUTTON_H = 36;
export const EMOTION_LANE_H = 240;
const MIN_LANE_H = CELL_PAD * 2 + CARD_H + ADD_BUTTON_H;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LaneBox extends Rect {
  lane: LaneData;
  index: number;
}

export interface StageBox extends Rect {
  stage: StageData;
  index: number;
}

export interface CardBox extends Rect {
  card: CardData;
  stageIndex: number;
  laneIndex: number;
}

export interface Layout {
  stages: StageBox[];
  lanes: LaneBox[];
  cards: CardBox[];
  width: number;
  height: number;
}

const cellKey = (stageId: string, laneId: string) => `${stageId}/${laneId}`;

/** Groups cards by cell, keeping their order. */
export function cardsByCell(cards: readonly CardData[]): Map<string, CardData[]> {
  const cells = new Map<string, CardData[]>();
  for (const card of cards) {
    const key = cellKey(card.stageId, card.laneId);
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  return cells;
}

function laneHeight(lane: LaneData, stages: readonly StageData[], cells: Map<string, CardData[]>) {
  if (lane.kind === 'emotion') return EMOTION_LANE_H;
  const most = Math.max(0, ...stages.map((s) => cells.get(cellKey(s.id, lane.id))?.length ?? 0));
  return Math.max(MIN_LANE_H, CELL_PAD * 2 + most * (CARD_H + CARD_GAP) + ADD_BUTTON_H);
}

/** Lays out the whole map: columns for stages, rows for lanes, cards stacked in cells. */
export function layoutMap(map: Pick<MapState, 'stages' | 'lanes' | 'cards'>): Layout {
  const cells = cardsByCell(map.cards);
  const stages = map.stages.map((stage, index) => ({
    stage,
    index,
    x: LANE_HEADER_W + index * COLUMN_W,
    y: 0,
    w: COLUMN_W,
    h: STAGE_HEADER_H,
  }));
  let y = STAGE_HEADER_H;
  const lanes = map.lanes.map((lane, index) => {
    const h = laneHeight(lane, map.stages, cells);
    const box = { lane, index, x: 0, y, w: LANE_HEADER_W, h };
    y += h;
    return box;
  });
  const cards: CardBox[] = [];
  for (const lane of lanes) {
    if (lane.lane.kind === 'emotion') continue;
    for (const stage of stages) {
      const list = cells.get(cellKey(stage.stage.id, lane.lane.id)) ?? [];
      list.forEach((card, i) => {
        cards.push({
          card,
          stageIndex: stage.index,
          laneIndex: lane.index,
          x: stage.x + (COLUMN_W - CARD_W) / 2,
          y: lane.y + CELL_PAD + i * (CARD_H + CARD_GAP),
          w: CARD_W,
          h: CARD_H,
        });
      });
    }
  }
  return { stages, lanes, cards, width: LANE_HEADER_W + stages.length * COLUMN_W, height: y };
}

export interface DropTarget {
  stageId: string;
  laneId: string;
  index: number;
}

/**
 * Where a card dropped with its centre at (x, y) lands: the cell under that point
 * and the index among the cell's other cards. Null outside the grid or over the
 * emotion lane, which holds no cards.
 */
export function dropTargetAt(
  layout: Layout,
  cardId: string,
  x: number,
  y: number,
): DropTarget | null {
  const stage = layout.stages.find((s) => x >= s.x && x < s.x + s.w);
  const lane = layout.lanes.find((l) => y >= l.y && y < l.y + l.h);
  if (!stage || !lane || lane.lane.kind === 'emotion') return null;
  const others = layout.cards.filter(
    (c) => c.card.id !== cardId && c.stageIndex === stage.index && c.laneIndex === lane.index,
  );
  const index = others.filter((c) => c.y + c.h / 2 < y).length;
  return { stageId: stage.stage.id, laneId: lane.lane.id, index };
}

/** Where an item dragged to `centre` lands among the others (`centres` includes itself at `self`). */
export function insertionIndex(centres: readonly number[], self: number, centre: number): number {
  return centres.filter((c, i) => i !== self && c < centre).length;
}
