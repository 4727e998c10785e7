import { cardName, daysBetween } from './describe.ts';
import { defineCheck } from './types.ts';

/* Truth: a map is only as good as its last check against reality and its evidence. */

export const staleCards = defineCheck({
  id: 'card-stale',
  title: 'Cards not reviewed recently',
  why: 'A map is only trusted while someone keeps checking it against what customers live.',
  find(map, ctx) {
    return map.cards.flatMap((c) => {
      // An unreadable date is treated like no review at all.
      const age = c.reviewedAt === null ? null : daysBetween(c.reviewedAt, ctx.today);
      if (age !== null && age <= ctx.staleDays) return [];
      return [
        {
          severity: 'low' as const,
          message:
            age === null
              ? `Card ${cardName(c)} has never been reviewed`
              : `Card ${cardName(c)} was last reviewed ${age} days ago`,
          target: { kind: 'card' as const, id: c.id },
        },
      ];
    });
  },
});

/** Above this share of assumption cards, the map is more guess than knowledge. */
export const ASSUMPTION_LIMIT = 0.5;

export const mostlyAssumptions = defineCheck({
  id: 'evidence-assumptions',
  title: 'Mostly assumptions',
  why: 'Decisions built on untested assumptions tend to fix the wrong things.',
  find(map) {
    const total = map.cards.length;
    const assumed = map.cards.filter((c) => c.evidence === 'assumption').length;
    if (total === 0 || assumed / total <= ASSUMPTION_LIMIT) return [];
    const percent = Math.round((assumed / total) * 100);
    return [
      {
        severity: 'medium',
        message: `${percent}% of cards (${assumed} of ${total}) are assumptions; back them with research or data`,
      },
    ];
  },
});
