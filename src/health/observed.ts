import type { MapState } from '../doc/index.ts';
import { cardName, quote, stageNames } from './describe.ts';
import { defineCheck, type Check } from './types.ts';

/*
 * Observed journeys: checks against what customers were seen doing, read from the map's
 * active observation set. They run only when one is shown (the figures come in the context,
 * computed where the set is read), so a map without event data keeps its score.
 */

/** The active observation set's figures on the map as it is now. */
export interface ObservedHealth {
  /** The set's name, for messages. */
  name: string;
  /** Cases the figures cover. */
  cases: number;
  /** Events of the log. */
  events: number;
  /** Cards no case reaches, in map order. */
  neverObserved: readonly string[];
  /** Observed steps between two cards that the map does not design. */
  unplanned: readonly { from: string; to: string; cases: number }[];
  /** Per stage: cases with a visit in it, cases whose last visit lies in it. */
  stages: readonly { stageId: string; entering: number; dropOff: number }[];
  /** Activities that map to no card (ignored ones left out), with their events. */
  unmapped: readonly { name: string; events: number }[];
}

/** An unplanned step taken by at least this share of cases is a finding. */
export const UNPLANNED_SHARE = 0.1;
/** A stage (not the last) where more than this share of entering cases end is a finding. */
export const DROP_OFF_SHARE = 0.3;
/** An activity with at least this share of the events and no card is a finding. */
export const UNMAPPED_SHARE = 0.05;

const percent = (share: number) => `${Math.round(share * 100)} %`;
const cardTitles = (map: MapState) => new Map(map.cards.map((c) => [c.id, cardName(c)]));

export const cardsNeverObserved = defineCheck({
  id: 'observed-never-reached',
  title: 'Cards no customer reaches',
  why: 'A step nobody takes in the event data is either not real or not recorded; both need a look.',
  find(map, ctx) {
    const observed = ctx.observed;
    if (!observed || observed.cases === 0) return [];
    const titles = cardTitles(map);
    return observed.neverObserved
      .filter((id) => titles.has(id))
      .map((id) => ({
        severity: 'medium' as const,
        message: `Card ${titles.get(id)} is reached by no case of ${quote(observed.name, 'the observation set')}`,
        target: { kind: 'card' as const, id },
      }));
  },
});

export const unplannedTransitions = defineCheck({
  id: 'observed-unplanned',
  title: 'Frequent steps the map does not design',
  why: 'When many customers take a path nobody designed, the map describes a wish, not the journey.',
  find(map, ctx) {
    const observed = ctx.observed;
    if (!observed || observed.cases === 0) return [];
    const titles = cardTitles(map);
    return observed.unplanned
      .filter((t) => t.cases / observed.cases >= UNPLANNED_SHARE)
      .filter((t) => titles.has(t.from) && titles.has(t.to))
      .map((t) => ({
        severity: 'high' as const,
        message: `${percent(t.cases / observed.cases)} of cases go from ${titles.get(t.from)} to ${titles.get(t.to)}, a step the map does not design`,
        target: { kind: 'card' as const, id: t.from },
      }));
  },
});

export const stageDropOff = defineCheck({
  id: 'observed-drop-off',
  title: 'Stages where customers leave',
  why: 'A stage where many journeys end before the last one is where the experience loses people.',
  find(map, ctx) {
    const observed = ctx.observed;
    if (!observed || map.stages.length === 0) return [];
    // Journeys end in the last stage by design: only the others can lose people.
    const last = map.stages[map.stages.length - 1]!.id;
    const names = stageNames(map);
    return observed.stages
      .filter((s) => s.stageId !== last && names.has(s.stageId) && s.entering > 0)
      .filter((s) => s.dropOff / s.entering > DROP_OFF_SHARE)
      .map((s) => ({
        severity: 'high' as const,
        message: `${percent(s.dropOff / s.entering)} of the cases entering ${quote(names.get(s.stageId)!, 'a stage')} end there (${s.dropOff} of ${s.entering})`,
        target: { kind: 'stage' as const, id: s.stageId },
      }));
  },
});

export const unmappedActivities = defineCheck({
  id: 'observed-unmapped',
  title: 'Frequent activities with no card',
  why: 'Much of what customers do is missing from the map when a frequent activity has no card.',
  find(_map, ctx) {
    const observed = ctx.observed;
    if (!observed || observed.events === 0) return [];
    return observed.unmapped
      .filter((a) => a.events / observed.events >= UNMAPPED_SHARE)
      .map((a) => ({
        severity: 'medium' as const,
        message: `Activity ${quote(a.name, 'without a name')} (${percent(a.events / observed.events)} of the events) maps to no card`,
        target: { kind: 'activity' as const, id: a.name },
      }));
  },
});

/** The observed checks, run after the others when the context carries observed figures. */
export const OBSERVED_CHECKS: readonly Check[] = [
  cardsNeverObserved,
  unplannedTransitions,
  stageDropOff,
  unmappedActivities,
];
