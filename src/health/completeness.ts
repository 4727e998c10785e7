import { type LaneKind } from '../doc/index.ts';
import { quote } from './describe.ts';
import { COVERAGE_CAP, defineCheck } from './types.ts';

/*
 * Completeness: the parts every journey map needs before its other checks mean anything.
 * Without these, an empty map would pass every check that only looks at what exists.
 * A part missing altogether is critical (it takes the check's whole weight).
 */

/** Lanes that say what the customer does and meets: a map without cards here has no journey yet. */
const CUSTOMER_LANES: readonly LaneKind[] = ['actions', 'touchpoints'];

export const noPurpose = defineCheck({
  id: 'purpose',
  title: 'No purpose',
  why: 'A map that serves no stated business question cannot say which of its parts matter.',
  cap: COVERAGE_CAP,
  find(map) {
    if (map.meta.purpose.trim()) return [];
    return [
      {
        severity: 'high',
        message: 'The map has no purpose: say which business question it answers',
      },
    ];
  },
});

export const stagesWithoutCards = defineCheck({
  id: 'stage-empty',
  title: 'Stages without cards',
  why: 'A stage with nothing in it is a gap in the story the map tells.',
  cap: COVERAGE_CAP,
  find(map) {
    if (map.stages.length === 0) {
      return [{ severity: 'critical', message: 'The map has no stages yet' }];
    }
    const used = new Set(map.cards.map((c) => c.stageId));
    return map.stages
      .filter((s) => !used.has(s.id))
      .map((s) => ({
        severity: 'high',
        message: `Stage ${quote(s.name, 'Untitled stage')} has no cards`,
        target: { kind: 'stage', id: s.id },
      }));
  },
});

export const customerLanesWithoutCards = defineCheck({
  id: 'customer-lane-empty',
  title: 'Customer lanes without cards',
  why: 'What customers do and which touchpoints they meet are the journey itself.',
  cap: COVERAGE_CAP,
  find(map) {
    const lanes = map.lanes.filter((l) => CUSTOMER_LANES.includes(l.kind));
    if (lanes.length === 0) {
      return [
        {
          severity: 'critical',
          message: 'The map has no customer actions or touchpoints lane',
        },
      ];
    }
    const used = new Set(map.cards.map((c) => c.laneId));
    return lanes
      .filter((l) => !used.has(l.id))
      .map((l) => ({
        severity: 'high',
        message: `Lane ${quote(l.name, 'Untitled lane')} has no cards`,
        target: { kind: 'lane', id: l.id },
      }));
  },
});

export const personasWithoutEmotions = defineCheck({
  id: 'persona-emotion',
  title: 'Personas without emotion data',
  why: 'Without emotion scores, nobody can see where the experience hurts or delights.',
  cap: COVERAGE_CAP,
  find(map) {
    if (map.personas.length === 0) {
      return [{ severity: 'critical', message: 'The map has no persona' }];
    }
    return map.personas
      .filter((p) => !map.cards.some((c) => typeof c.emotion[p.id] === 'number'))
      .map((p) => ({
        severity: 'high',
        message: `Persona ${quote(p.name, 'Untitled persona')} has no emotion scores yet`,
        target: { kind: 'persona', id: p.id },
      }));
  },
});
