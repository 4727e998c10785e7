import { kpiOnTarget, type KpiData, type MapState } from '../doc/index.ts';
import { formatValue, quote } from './describe.ts';
import { defineCheck } from './types.ts';

/* Measures: stages need KPIs, KPIs need targets, and targets need meeting. */

const kpiName = (kpi: KpiData) => quote(kpi.name, 'Untitled KPI');

/** The ids of stages measured by a KPI: attached to the stage, or to or linked from one of its cards. */
function measuredStages(map: MapState): Set<string> {
  const kpiIds = new Set(map.kpis.map((k) => k.id));
  const stageOfCard = new Map(map.cards.map((c) => [c.id, c.stageId]));
  const measured = new Set<string>();
  for (const kpi of map.kpis) {
    if (kpi.stageId) measured.add(kpi.stageId);
    const viaCard = kpi.cardId && stageOfCard.get(kpi.cardId);
    if (viaCard) measured.add(viaCard);
  }
  for (const card of map.cards) {
    if (card.kpiIds.some((id) => kpiIds.has(id))) measured.add(card.stageId);
  }
  return measured;
}

export const stagesWithoutKpi = defineCheck({
  id: 'stage-kpi',
  title: 'Stages without a KPI',
  why: 'Without a measure, nobody can tell whether a stage is getting better or worse.',
  find(map) {
    const measured = measuredStages(map);
    return map.stages
      .filter((s) => !measured.has(s.id))
      .map((s) => ({
        severity: 'medium',
        message: `Stage ${quote(s.name, 'Untitled stage')} has no KPI`,
        target: { kind: 'stage', id: s.id },
      }));
  },
});

export const kpisWithoutTarget = defineCheck({
  id: 'kpi-target',
  title: 'KPIs without a target',
  why: 'A number without a target cannot say whether the experience is good enough.',
  find(map) {
    return map.kpis
      .filter((k) => k.target === null)
      .map((k) => ({
        severity: 'medium',
        message: `KPI ${kpiName(k)} has no target`,
        target: { kind: 'kpi', id: k.id },
      }));
  },
});

export const kpisOffTarget = defineCheck({
  id: 'kpi-off-target',
  title: 'KPIs off target',
  why: 'A KPI off target is the clearest sign of where customers are being let down today.',
  find(map) {
    return map.kpis
      .filter((k) => kpiOnTarget(k) === false)
      .map((k) => ({
        severity: 'high',
        message: `KPI ${kpiName(k)} is off target: ${formatValue(k.current!, k.unit)} against a target of ${k.direction === 'higher' ? 'at least' : 'at most'} ${formatValue(k.target!, k.unit)}`,
        target: { kind: 'kpi', id: k.id },
      }));
  },
});
