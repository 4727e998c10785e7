import {
  WEAK_MATURITY,
  dataFlows,
  relianceOf,
  type MapState,
  type SystemData,
} from '../doc/index.ts';
import { cardName, listWords, quote, stageNames } from './describe.ts';
import { defineCheck } from './types.ts';

/* Behind the journey: the systems that deliver it, and the data they pass to each other. */

const systemName = (s: Pick<SystemData, 'name'>) => quote(s.name, 'Untitled system');

export const touchpointsOnWeakSystems = defineCheck({
  id: 'weak-system',
  title: 'Touchpoints that depend on a weak system',
  why: 'A touchpoint is only as good as the least mature system behind it.',
  find(map) {
    const stages = stageNames(map);
    const { systemsOf } = relianceOf(map);
    return map.cards
      .filter((c) => c.kind === 'touchpoint')
      .flatMap((card) =>
        (systemsOf.get(card.id) ?? [])
          .filter((s) => s.maturity <= WEAK_MATURITY)
          .map((system) => ({
            severity: 'medium' as const,
            message: `Touchpoint ${cardName(card)} in ${stages.get(card.stageId) ?? 'no stage'} depends on ${systemName(system)}, maturity ${system.maturity} of 5`,
            target: { kind: 'card' as const, id: card.id },
          })),
      );
  },
});

export const dataFlowGaps = defineCheck({
  id: 'data-flow-gap',
  title: 'Missing or broken data flows',
  why: 'When two systems behind the same stage do not talk, the customer meets an organisation that does not know them.',
  find(map: MapState) {
    const stages = stageNames(map);
    const { stagesOf } = relianceOf(map);
    return dataFlows(map).flatMap(({ connection, fromSystem, toSystem }) => {
      const { status } = connection;
      if ((status !== 'missing' && status !== 'broken') || !fromSystem || !toSystem) return [];
      const theirs = stagesOf.get(toSystem.id);
      const shared = map.stages.filter(
        (s) => stagesOf.get(fromSystem.id)?.has(s.id) && theirs?.has(s.id),
      );
      if (shared.length === 0) return [];
      const what = connection.label.trim() ? ` (${quote(connection.label, '')})` : '';
      const where = listWords(shared.map((s) => stages.get(s.id)!));
      return [
        {
          severity: 'high' as const,
          message: `Data flow${what} from ${systemName(fromSystem)} to ${systemName(toSystem)} is ${status}; both serve ${where}`,
          target: { kind: 'connection' as const, id: connection.id },
        },
      ];
    });
  },
});

export const systemsWithoutOwner = defineCheck({
  id: 'system-owner',
  title: 'Systems without an owner',
  why: 'A system nobody owns is one nobody will fix for the journey.',
  find(map) {
    const people = new Set(map.people.map((p) => p.id));
    return map.systems
      .filter((s) => s.ownerId === null || !people.has(s.ownerId))
      .map((s) => ({
        severity: 'medium',
        message: `System ${systemName(s)} has no owner`,
        target: { kind: 'system', id: s.id },
      }));
  },
});

export const systemsUnused = defineCheck({
  id: 'system-unused',
  title: 'Systems no card relies on',
  why: 'A system the journey does not rely on is either missing from the map or not worth its cost.',
  find(map) {
    const { usersOf } = relianceOf(map);
    return map.systems
      .filter((s) => !usersOf.has(s.id))
      .map((s) => ({
        severity: 'low',
        message: `No card relies on system ${systemName(s)}`,
        target: { kind: 'system', id: s.id },
      }));
  },
});
