import type { MapState } from '../doc/index.ts';
import { cardName, quote, stageNames } from './describe.ts';
import { defineCheck } from './types.ts';

/* Owners: the parts of a map that somebody must answer for. */

/** Whether an owner id points at someone in the map's directory. */
function owned(map: MapState, ownerId: string | null): boolean {
  return ownerId !== null && map.people.some((p) => p.id === ownerId);
}

export const touchpointsWithoutOwner = defineCheck({
  id: 'touchpoint-owner',
  title: 'Touchpoints without an owner',
  why: 'A touchpoint nobody owns is a touchpoint nobody fixes when it breaks.',
  find(map) {
    const stages = stageNames(map);
    return map.cards
      .filter((c) => c.kind === 'touchpoint' && !owned(map, c.ownerId))
      .map((c) => ({
        severity: 'medium',
        message: `Touchpoint ${cardName(c)} in ${stages.get(c.stageId) ?? 'no stage'} has no owner`,
        target: { kind: 'card', id: c.id },
      }));
  },
});

export const stagesWithoutOwner = defineCheck({
  id: 'stage-owner',
  title: 'Stages without an owner',
  why: 'Each stage needs one person who answers for the experience from end to end.',
  find(map) {
    return map.stages
      .filter((s) => !owned(map, s.ownerId))
      .map((s) => ({
        severity: 'high',
        message: `Stage ${quote(s.name, 'Untitled stage')} has no owner`,
        target: { kind: 'stage', id: s.id },
      }));
  },
});

export const actionsWithoutOwner = defineCheck({
  id: 'action-owner',
  title: 'Open actions without an owner',
  why: 'An action without an owner is a wish, not a plan.',
  find(map) {
    return map.actions
      .filter((a) => a.status !== 'done' && !owned(map, a.ownerId))
      .map((a) => ({
        severity: 'medium',
        message: `Action ${quote(a.title, 'Untitled action')} has no owner`,
        target: { kind: 'action', id: a.id },
      }));
  },
});
