import * as Y from 'yjs';
import { newId } from './ids.ts';
import type { StageData } from './schema.ts';
import { transact, type MapDoc } from './ydoc.ts';

/*
 * Phases: named groups of neighbouring stages ("Buy" over Research, Application and
 * Assessment) for long journeys. Shared document data, in a top-level map of their own
 * (`phases`: id → { id, name, fromStageId, toStageId }), so that adding the first phase never
 * races another client's first phase. A phase whose stages are gone is not shown.
 */

export interface PhaseData {
  id: string;
  name: string;
  fromStageId: string;
  toStageId: string;
}

/** A phase as drawn: its stage range as indexes into the map's stages (from ≤ to). */
export interface PlacedPhase extends PhaseData {
  from: number;
  to: number;
}

export const PHASE_NAME_MAX = 80;

export const phasesOf = (doc: MapDoc): Y.Map<Y.Map<unknown>> => doc.getMap('phases');

function read(entry: Y.Map<unknown>): PhaseData | null {
  const [id, name, from, to] = ['id', 'name', 'fromStageId', 'toStageId'].map((k) => entry.get(k));
  if (typeof id !== 'string' || typeof from !== 'string' || typeof to !== 'string') return null;
  return { id, name: typeof name === 'string' ? name : '', fromStageId: from, toStageId: to };
}

/** Every phase whose stages exist, placed on the stages and sorted left to right. */
export function readPhases(doc: MapDoc, stages: readonly StageData[]): PlacedPhase[] {
  const index = new Map(stages.map((s, i) => [s.id, i]));
  const out: PlacedPhase[] = [];
  for (const entry of phasesOf(doc).values()) {
    const phase = read(entry);
    const a = phase && index.get(phase.fromStageId);
    const b = phase && index.get(phase.toStageId);
    if (!phase || a === undefined || b === undefined || a === null || b === null) continue;
    out.push({ ...phase, from: Math.min(a, b), to: Math.max(a, b) });
  }
  return out.sort((p, q) => p.from - q.from || p.id.localeCompare(q.id));
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A phase needs a name.');
  if (trimmed.length > PHASE_NAME_MAX)
    throw new Error(`A phase name has at most ${PHASE_NAME_MAX} characters.`);
  return trimmed;
}

/**
 * Checks a stage range for a phase: both stages exist and no other phase covers any stage
 * of it. Returns the range's indexes; throws a readable error otherwise.
 */
function checkRange(
  doc: MapDoc,
  stages: readonly StageData[],
  from: string,
  to: string,
  self?: string,
) {
  const a = stages.findIndex((s) => s.id === from);
  const b = stages.findIndex((s) => s.id === to);
  if (a < 0 || b < 0) throw new Error('A phase spans stages of this map.');
  const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
  const clash = readPhases(doc, stages).find((p) => p.id !== self && p.from <= hi && lo <= p.to);
  if (clash) throw new Error(`Stages of this range are already in the phase "${clash.name}".`);
  return [lo, hi] as const;
}

/** Adds a phase over the stages from `fromStageId` to `toStageId`; returns its id. */
export function addPhase(
  doc: MapDoc,
  stages: readonly StageData[],
  fields: { name: string; fromStageId: string; toStageId: string },
): string {
  const name = cleanName(fields.name);
  const [lo, hi] = checkRange(doc, stages, fields.fromStageId, fields.toStageId);
  const id = newId();
  transact(doc, () => {
    const entry = new Y.Map<unknown>();
    entry.set('id', id);
    entry.set('name', name);
    entry.set('fromStageId', stages[lo]!.id);
    entry.set('toStageId', stages[hi]!.id);
    phasesOf(doc).set(id, entry);
  });
  return id;
}

export function renamePhase(doc: MapDoc, id: string, name: string): void {
  const entry = phasesOf(doc).get(id);
  if (!entry) throw new Error('That phase no longer exists.');
  const clean = cleanName(name);
  transact(doc, () => entry.set('name', clean));
}

/** Moves a phase's ends to other stages (a range no other phase covers). */
export function setPhaseRange(
  doc: MapDoc,
  stages: readonly StageData[],
  id: string,
  fromStageId: string,
  toStageId: string,
): void {
  const entry = phasesOf(doc).get(id);
  if (!entry) throw new Error('That phase no longer exists.');
  const [lo, hi] = checkRange(doc, stages, fromStageId, toStageId, id);
  transact(doc, () => {
    entry.set('fromStageId', stages[lo]!.id);
    entry.set('toStageId', stages[hi]!.id);
  });
}

export function deletePhase(doc: MapDoc, id: string): void {
  if (!phasesOf(doc).has(id)) return;
  transact(doc, () => phasesOf(doc).delete(id));
}
