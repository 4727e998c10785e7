import { LANE_KINDS, type LaneKind } from '../doc/index.ts';
import { guessLaneKind } from './csvValues.ts';

/*
 * Stages and lanes from a cards file: every row that names one (a card's row, or a row of kind
 * "stage" or "lane" that the export writes first) counts, in file order; the first spelling of a
 * name wins, and so does the first goal, owner or lane kind given for it.
 */

export interface StageMention {
  name: string;
  goal: string;
  owner: string;
}

export interface LaneMention {
  name: string;
  /** The kind the file states, if any; else guessed from the name. */
  kind: LaneKind | null;
  /** Whether a card sits in it (an emotion lane holds none). */
  holdsCards: boolean;
}

export interface StageSpec {
  name: string;
  goal: string;
  owner: string;
}

export interface LaneSpec {
  name: string;
  kind: LaneKind;
}

/** A lane kind as the export writes it ("painpoints"); null when it is not one. */
export function parseLaneKind(text: string): LaneKind | null {
  const value = text.trim().toLowerCase();
  return (LANE_KINDS as readonly string[]).includes(value) ? (value as LaneKind) : null;
}

/** Mentions grouped by name (ignoring case and spaces around), first mention first. */
function grouped<T extends { name: string }>(mentions: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const m of mentions) {
    const key = m.name.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()];
}

const firstGiven = (texts: string[]) => texts.find((t) => t.trim()) ?? '';

export function stagesFrom(mentions: StageMention[]): StageSpec[] {
  return grouped(mentions).map((group) => ({
    name: group[0]!.name,
    goal: firstGiven(group.map((m) => m.goal)),
    owner: firstGiven(group.map((m) => m.owner)),
  }));
}

/**
 * Lanes in file order. A stated kind wins over a guess, except that a lane holding cards is
 * never an emotion lane. When scores exist and no lane is an emotion lane, one is added after
 * the touchpoints (or second), where the curve reads best.
 */
export function lanesFrom(mentions: LaneMention[], hasScores: boolean): LaneSpec[] {
  const lanes = grouped(mentions).map((group) => {
    const stated = group.map((m) => m.kind).find((k) => k !== null) ?? null;
    const holdsCards = group.some((m) => m.holdsCards);
    const name = group[0]!.name;
    const kind = stated && !(stated === 'emotion' && holdsCards) ? stated : guessLaneKind(name);
    return { name, kind };
  });
  if (hasScores && !lanes.some((l) => l.kind === 'emotion')) {
    const after = lanes.findIndex((l) => l.kind === 'touchpoints');
    const taken = lanes.some((l) => l.name.toLowerCase() === 'emotions');
    lanes.splice(after >= 0 ? after + 1 : Math.min(1, lanes.length), 0, {
      name: taken ? 'Emotion curve' : 'Emotions',
      kind: 'emotion',
    });
  }
  return lanes;
}
