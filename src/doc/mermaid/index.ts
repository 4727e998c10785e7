/* Mermaid `journey` diagrams in and out (text ↔ map). */
import type { MapState } from '../schema.ts';
import { parseJourney, type Journey, type Problem } from './parse.ts';
import { journeyToMap } from './toMap.ts';

export { mapToMermaid, type MermaidExport } from './emit.ts';
export { parseJourney, type Journey, type JourneyTask, type Problem } from './parse.ts';
export { DEFAULT_PERSONA, DEFAULT_TITLE } from './toMap.ts';

/** The Content-Type of Mermaid text. */
export const MERMAID_TYPE = 'text/vnd.mermaid';

export type MermaidImport =
  | { ok: true; map: MapState; journey: Journey; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/** Mermaid `journey` text as a new map, with every problem found; fails only if not a journey. */
export function mermaidToMap(text: string): MermaidImport {
  const parsed = parseJourney(text);
  if (!parsed.ok) return parsed;
  const problems = [...parsed.problems];
  const map = journeyToMap(parsed.journey, problems);
  return { ok: true, map, journey: parsed.journey, problems };
}
