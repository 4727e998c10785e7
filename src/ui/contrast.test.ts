import { describe, expect, it } from 'vitest';
import { contrastWithWhite, forWhiteText } from './contrast.ts';

describe('forWhiteText', () => {
  it('darkens light colours until white text on them reaches 4.5:1', () => {
    for (const color of ['#22c55e', '#f97316', '#eab308', '#06b6d4', '#fff']) {
      expect(contrastWithWhite(color)).toBeLessThan(4.5);
      expect(contrastWithWhite(forWhiteText(color))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps colours that are dark enough, and leaves non-hex values alone', () => {
    expect(forWhiteText('#312e81')).toBe('#312e81');
    expect(forWhiteText('rebeccapurple')).toBe('rebeccapurple');
  });
});
