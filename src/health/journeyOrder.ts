import type { MapState } from '../doc/index.ts';
import type { Finding } from './types.ts';

/*
 * Findings read along the journey: what concerns the whole map first, then stage by stage
 * (and within a stage, lane by lane, card by card), so a reader walks the map once.
 */

type Rank = [stage: number, lane: number, card: number];

const WHOLE_MAP: Rank = [-1, -1, -1];

/** A sort key for a finding's target: where along the journey it sits. */
export function journeyRanker(map: MapState): (finding: Finding) => Rank {
  const stage = new Map(map.stages.map((s, i) => [s.id, i]));
  const lane = new Map(map.lanes.map((l, i) => [l.id, i]));
  // Card order keys are per cell, so order cards by their position in the map's list.
  const cardRank = new Map<string, Rank>(
    map.cards.map((c, i) => [c.id, [stage.get(c.stageId) ?? -1, lane.get(c.laneId) ?? -1, i]]),
  );
  const earliest = (ranks: (Rank | undefined)[]): Rank =>
    ranks.filter((r): r is Rank => r !== undefined).sort((a, b) => compareRanks(a, b))[0] ??
    WHOLE_MAP;

  return ({ target }) => {
    if (!target) return WHOLE_MAP;
    const { kind, id } = target;
    switch (kind) {
      case 'stage':
        return [stage.get(id) ?? -1, -1, -1];
      case 'lane':
        return [-1, lane.get(id) ?? -1, -1];
      case 'card':
        return cardRank.get(id) ?? WHOLE_MAP;
      case 'kpi': {
        const kpi = map.kpis.find((k) => k.id === id);
        if (kpi?.stageId && stage.has(kpi.stageId)) return [stage.get(kpi.stageId)!, -1, -1];
        return (kpi?.cardId && cardRank.get(kpi.cardId)) || WHOLE_MAP;
      }
      case 'action': {
        const action = map.actions.find((a) => a.id === id);
        return earliest((action?.cardIds ?? []).map((c) => cardRank.get(c)));
      }
      case 'connection': {
        const connection = map.connections.find((c) => c.id === id);
        return (connection && cardRank.get(connection.from)) || WHOLE_MAP;
      }
      case 'system':
        return earliest(
          map.cards
            .filter((c) => c.systemId === id || c.reliesOn.includes(id))
            .map((c) => cardRank.get(c.id)),
        );
      default:
        return WHOLE_MAP;
    }
  };
}

function compareRanks(a: Rank, b: Rank): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The findings in journey order; findings at the same place keep their order (the sort is stable). */
export function alongTheJourney(map: MapState, findings: Finding[]): Finding[] {
  const rank = journeyRanker(map);
  return findings
    .map((finding) => ({ finding, rank: rank(finding) }))
    .sort((a, b) => compareRanks(a.rank, b.rank))
    .map((x) => x.finding);
}
