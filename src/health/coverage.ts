import type { MapState, StageData } from '../doc/index.ts';
import { listWords, quote } from './describe.ts';
import { defineCheck } from './types.ts';

/* Coverage: the journey goes past the sale, and every persona's curve is complete. */

const PURCHASE =
  /\b(purchas\w*|checkout|check-out|buy|buys|buying|sign[- ]?ups?|signing up|subscri\w*|applications?|apply\w*)\b/i;
const AFTER =
  /\b(support|retention|retain\w*|loyal\w*|use|usage|using|onboard\w*|servic\w*|renew\w*|follow[- ]?up|adoption|advocacy|repeat|after[- ]?(sales|care)|aftercare)\b/i;

type Phase = 'purchase' | 'after' | 'other';

/**
 * Where a stage sits around the sale. The name decides; the goal only when the name
 * says nothing (a "Loyalty" stage whose goal is "buy again" is after the sale).
 */
function phase(stage: StageData): Phase {
  for (const text of [stage.name, stage.goal]) {
    if (AFTER.test(text)) return 'after';
    if (PURCHASE.test(text)) return 'purchase';
  }
  return 'other';
}

export const nothingAfterPurchase = defineCheck({
  id: 'after-purchase',
  title: 'Journey stops at the purchase',
  why: 'Most of the experience, and most of the churn, happens after the customer has paid.',
  find(map) {
    const phases = map.stages.map(phase);
    const last = phases.lastIndexOf('purchase');
    // A journey without a purchase (a support case, say) is not judged by this check.
    if (last < 0 || phases.slice(last + 1).includes('after')) return [];
    const stage = map.stages[last]!;
    const name = quote(stage.name, 'Untitled stage');
    return [
      {
        severity: 'high',
        message:
          last === map.stages.length - 1
            ? `The journey ends at ${name}: add the stages after it (use, support, loyalty)`
            : `No use, support or loyalty stage after ${name}`,
        target: { kind: 'stage', id: stage.id },
      },
    ];
  },
});

export const emotionGaps = defineCheck({
  id: 'emotion-gaps',
  title: 'Gaps in emotion curves',
  why: 'A gap in an emotion curve hides exactly where the experience may turn.',
  find(map: MapState) {
    const withCards = map.stages.filter((s) => map.cards.some((c) => c.stageId === s.id));
    // A persona with no score at all is the persona-emotion check's finding, not a gap.
    const scored = map.personas.filter((p) =>
      map.cards.some((c) => typeof c.emotion[p.id] === 'number'),
    );
    return scored.flatMap((persona) => {
      const missing = withCards.filter(
        (s) =>
          !map.cards.some((c) => c.stageId === s.id && typeof c.emotion[persona.id] === 'number'),
      );
      if (missing.length === 0) return [];
      const who = quote(persona.name, 'Untitled persona');
      return [
        {
          severity: 'low' as const,
          message: `Persona ${who} has no emotion score in ${listWords(missing.map((s) => s.name.trim() || 'an untitled stage'))}`,
          target: { kind: 'persona' as const, id: persona.id },
        },
      ];
    });
  },
});
