import { isOverdue } from '../doc/index.ts';
import { cardName, daysBetween, quote, stageNames } from './describe.ts';
import { defineCheck } from './types.ts';

/* Follow-through: pain points turn into actions, and actions get done on time. */

export const painPointsWithoutAction = defineCheck({
  id: 'painpoint-action',
  title: 'Pain points with no action',
  why: 'A pain point with no action is an insight that will not change anything for customers.',
  find(map) {
    const stages = stageNames(map);
    const linked = new Set(map.actions.flatMap((a) => a.cardIds));
    return map.cards
      .filter((c) => c.kind === 'painpoint' && !linked.has(c.id))
      .map((c) => ({
        severity: 'medium',
        message: `Pain point ${cardName(c)} in ${stages.get(c.stageId) ?? 'no stage'} has no action`,
        target: { kind: 'card', id: c.id },
      }));
  },
});

export const actionsOverdue = defineCheck({
  id: 'action-overdue',
  title: 'Overdue actions',
  why: 'Overdue actions are promises to customers and colleagues that are slipping.',
  find(map, ctx) {
    return map.actions
      .filter((a) => isOverdue(a, ctx.today))
      .map((a) => {
        const days = daysBetween(a.due!, ctx.today);
        const late = days === null ? 'overdue' : `${days} day${days === 1 ? '' : 's'} overdue`;
        return {
          severity: 'high',
          message: `Action ${quote(a.title, 'Untitled action')} is ${late} (due ${a.due!.slice(0, 10)})`,
          target: { kind: 'action', id: a.id },
        };
      });
  },
});
