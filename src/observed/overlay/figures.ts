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

  // Cards as numbers, each activity's card looked up once: the loop below runs per visit of
  // up to 10,000 variants, on the page's main thread.
  const cardIds = map.cards.map((c) => c.id);
  const cardNo = new Map(cardIds.map((id, i) => [id, i]));
  const cardStage = map.cards.map((c) => stageIndex.get(c.stageId) ?? -1);
  const activityCard = new Map<string, number>();
  for (const { name } of data.activityStats) {
    const no = cardNo.get(cardOf(name) ?? '');
    if (no !== undefined) activityCard.set(name, no);
  }
  const reachedIn = new Int32Array(cardIds.length).fill(-1);
  const repeatedIn = new Int32Array(cardIds.length).fill(-1);
  const edgeNo = new Map<number, { edge: EdgeFigures; variant: number }>();
  const cardCount = cardIds.length;

  for (let vn = 0; vn < data.variants.length; vn++) {
    const variant = data.variants[vn]!;
    const n = variant.cases;
    covered += n;
    // The visits on cards, with their offsets from the case's first visit (the median gaps).
    const visits: { card: string; at: number; channel: string | null }[] = [];
    const nos: number[] = [];
    let at = 0;
    for (let i = 0; i < variant.activities.length; i++) {
      if (i > 0) at += variant.gaps[i - 1]!;
      const no = activityCard.get(variant.activities[i]!);
      if (no === undefined) continue;
      nos.push(no);
      visits.push({ card: cardIds[no]!, at, channel: variant.channels?.[i] ?? null });
    }

    const reached: number[] = [];
    for (let i = 0; i < nos.length; i++) {
      const card = nos[i]!;
      if (reachedIn[card] !== vn) {
        reachedIn[card] = vn;
        reached.push(card);
      }
      if (i === 0) continue;
      const before = nos[i - 1]!;
      if (before === card) {
        repeatedIn[card] = vn;
        continue;
      }
      const key = before * cardCount + card;
      let entry = edgeNo.get(key);
      if (!entry) {
        const edge: EdgeFigures = {
          from: cardIds[before]!,
          to: cardIds[card]!,
          cases: 0,
          count: 0,
          backward: cardStage[card]! < cardStage[before]!,
          unplanned: !designedSteps.has(stepKey(cardIds[before]!, cardIds[card]!)),
        };
        entry = { edge, variant: -1 };
        edgeNo.set(key, entry);
        edges.set(stepKey(edge.from, edge.to), edge);
      }
      entry.edge.count += n;
      if (entry.variant !== vn) {
        entry.variant = vn;
        entry.edge.cases += n;
      }
    }
    for (const no of reached) {
      const card = cardIds[no]!;
      const figures = cards.get(card) ?? { cases: 0, repeats: 0 };
      figures.cases += n;
      if (repeatedIn[no] === vn) figures.repeats += n;
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
