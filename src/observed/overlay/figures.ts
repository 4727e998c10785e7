import type { MapState } from '../../doc/index.ts';
import type { ObservationData } from '../log/types.ts';
import { designedFlow, stepKey } from './designed.ts';
import { resolveMapping, type ActivityMatch } from './mapping.ts';

/*
 * The observed journey on the designed map: the log's paths (its variants) translated from
 * activities to cards, then counted per card, per transition between cards and per stage.
 * Pure: the canvas draws it, the API answers with its stage figures, tests check it by hand.
 */

export interface CardFigures {
  /** Cases that reached the card at least once. */
  cases: number;
  /** Cases that came back to it right after being there (two visits in a row). */
  repeats: number;
}

export interface EdgeFigures {
  from: string;
  to: string;
  /** Cases with at least one such step, and how many steps in all. */
  cases: number;
  count: number;
  /** To a card of an earlier stage. */
  backward: boolean;
  /** Neither a designed connection nor a step along the default order. */
  unplanned: boolean;
}

export interface StageFigures {
  /** Cases with a visit to a card of the stage. */
  entering: number;
  /** Cases whose last mapped visit lies in the stage. */
  dropOff: number;
  /** Median time a case entering the stage spends in it (ms); null when nobody enters. */
  medianMs: number | null;
  /** Share of entering cases that switch channel inside the stage; null without channels. */
  channelSwitch: number | null;
}

export interface ObservedFigures {
  /** Cases of the log. */
  cases: number;
  /** Cases the figures are computed over (those in the variants kept). */
  covered: number;
  cards: Map<string, CardFigures>;
  /** Cards on the designed path (or standing for an activity) that no case reached. */
  neverObserved: Set<string>;
  /** Most cases first. */
  edges: EdgeFigures[];
  stages: Map<string, StageFigures>;
  matches: Map<string, ActivityMatch>;
  /** Activities that map to no card (ignored ones left out), most events first. */
  unmapped: { name: string; events: number }[];
  /** Share of the log's events whose activity maps to a card. */
  mappedEventShare: number;
}

function weightedMedian(samples: { value: number; weight: number }[]): number | null {
  const total = samples.reduce((n, s) => n + s.weight, 0);
  if (total === 0) return null;
  const sorted = [...samples].sort((a, b) => a.value - b.value);
  let seen = 0;
  for (const s of sorted) {
    seen += s.weight;
    if (seen * 2 >= total) return s.value;
  }
  return sorted[sorted.length - 1]!.value;
}

/** Everything the overlay shows for `data` on `map`. */
export function observedFigures(
  map: MapState,
  data: ObservationData,
  cases: number,
): ObservedFigures {
  const matches = resolveMapping(
    map,
    data.activityStats.map((a) => a.name),
  );
  const cardOf = (activity: string) => matches.get(activity)?.cardId ?? null;
  const stageOfCard = new Map(map.cards.map((c) => [c.id, c.stageId]));
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const designed = designedFlow(map);
  const designedSteps = new Set(designed.steps.map((s) => stepKey(s.from, s.to)));

  const cards = new Map<string, CardFigures>();
  const edges = new Map<string, EdgeFigures>();
  const stageCounts = new Map<string, { entering: number; dropOff: number; switched: number }>();
  const stageTimes = new Map<string, { value: number; weight: number }[]>();
  let covered = 0;

  for (const variant of data.variants) {
    const n = variant.cases;
    covered += n;
    // Offsets of each visit from the case's first one (the variant's median gaps).
    const offsets = [0];
    for (const gap of variant.gaps) offsets.push(offsets[offsets.length - 1]! + gap);
    const visits = variant.activities
      .map((activity, i) => ({
        card: cardOf(activity),
        at: offsets[i]!,
        channel: variant.channels?.[i] ?? null,
      }))
      .filter((v): v is { card: string; at: number; channel: string | null } => v.card !== null);

    const reached = new Set<string>();
    const repeated = new Set<string>();
    const stepped = new Set<string>();
    for (let i = 0; i < visits.length; i++) {
      const card = visits[i]!.card;
      reached.add(card);
      if (i === 0) continue;
      const before = visits[i - 1]!.card;
      if (before === card) {
        repeated.add(card);
        continue;
      }
      const key = stepKey(before, card);
      let edge = edges.get(key);
      if (!edge) {
        const backward =
          stageIndex.get(stageOfCard.get(card)!)! < stageIndex.get(stageOfCard.get(before)!)!;
        edge = {
          from: before,
          to: card,
          cases: 0,
          count: 0,
          backward,
          unplanned: !designedSteps.has(key),
        };
        edges.set(key, edge);
      }
      edge.count += n;
      if (!stepped.has(key)) {
        stepped.add(key);
        edge.cases += n;
      }
    }
    for (const card of reached) {
      const figures = cards.get(card) ?? { cases: 0, repeats: 0 };
      figures.cases += n;
      if (repeated.has(card)) figures.repeats += n;
      cards.set(card, figures);
    }

    // Per stage: runs of consecutive visits in it, from the run's first visit to the next visit.
    const time = new Map<string, number>();
    const switched = new Set<string>();
    for (let i = 0; i < visits.length; i++) {
      const stage = stageOfCard.get(visits[i]!.card)!;
      const next = visits[i + 1];
      // A visit lasts until the next one (the last visit of a case has no length).
      time.set(stage, (time.get(stage) ?? 0) + (next ? next.at - visits[i]!.at : 0));
      if (next && stageOfCard.get(next.card) === stage) {
        const a = visits[i]!.channel;
        const b = next.channel;
        if (a !== null && b !== null && a !== b) switched.add(stage);
      }
    }
    const last = visits[visits.length - 1];
    for (const [stage, ms] of time) {
      const counts = stageCounts.get(stage) ?? { entering: 0, dropOff: 0, switched: 0 };
      counts.entering += n;
      if (switched.has(stage)) counts.switched += n;
      stageCounts.set(stage, counts);
      const samples = stageTimes.get(stage) ?? [];
      samples.push({ value: ms, weight: n });
      stageTimes.set(stage, samples);
    }
    if (last) {
      const stage = stageOfCard.get(last.card)!;
      stageCounts.get(stage)!.dropOff += n;
    }
  }

  const stages = new Map<string, StageFigures>();
  for (const stage of map.stages) {
    const counts = stageCounts.get(stage.id) ?? { entering: 0, dropOff: 0, switched: 0 };
    stages.set(stage.id, {
      entering: counts.entering,
      dropOff: counts.dropOff,
      medianMs: weightedMedian(stageTimes.get(stage.id) ?? []),
      channelSwitch:
        data.hasChannels && counts.entering > 0 ? counts.switched / counts.entering : null,
    });
  }

  const mappedCards = new Set([...matches.values()].flatMap((m) => (m.cardId ? [m.cardId] : [])));
  const neverObserved = new Set(
    [...designed.cards, ...mappedCards].filter((id) => stageOfCard.has(id) && !cards.has(id)),
  );
  const totalEvents = data.activityStats.reduce((n, a) => n + a.events, 0);
  const unmapped = data.activityStats
    .filter((a) => matches.get(a.name)?.kind === 'unmapped')
    .map((a) => ({ name: a.name, events: a.events }));
  const mappedEvents = data.activityStats
    .filter((a) => matches.get(a.name)?.cardId)
    .reduce((n, a) => n + a.events, 0);
  return {
    cases,
    covered,
    cards,
    neverObserved,
    edges: [...edges.values()].sort((a, b) => b.cases - a.cases || b.count - a.count),
    stages,
    matches,
    unmapped,
    mappedEventShare: totalEvents > 0 ? mappedEvents / totalEvents : 0,
  };
}
