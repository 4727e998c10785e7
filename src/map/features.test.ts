import { describe, expect, it } from 'vitest';
import { LIVE_CANVAS, PAST_CANVAS } from './features.ts';

describe('the canvas registry', () => {
  it('draws votes, open threads and open actions on live cards, in that order', () => {
    expect(LIVE_CANVAS.cardDecorations.map((d) => d.id)).toEqual([
      'votes',
      'threads',
      'open-actions',
    ]);
    expect(LIVE_CANVAS.stageDecorations.map((d) => d.id)).toEqual(['threads']);
  });

  it('leaves today’s comment threads off a past version', () => {
    expect(PAST_CANVAS.cardDecorations.map((d) => d.id)).toEqual(['votes', 'open-actions']);
    expect(PAST_CANVAS.stageDecorations).toEqual([]);
  });
});
