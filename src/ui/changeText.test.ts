import { describe, expect, it } from 'vitest';
import { changesHeading, fieldName, valueText } from './changeText.ts';

describe('the compare view’s words', () => {
  it('names fields as the app does', () => {
    expect(fieldName('emotion.First-time buyer')).toBe('Emotion of First-time buyer');
    expect(fieldName('ownerId')).toBe('Owner');
    expect(fieldName('momentOfTruth')).toBe('Moment of truth');
    expect(fieldName('someNewField')).toBe('Some new field');
  });

  it('shows scores by their words, people by name, and flags as yes or no', () => {
    const nameOf = (id: string) => (id === 'p1' ? 'Ana Ruiz' : null);
    const emotion = { field: 'emotion.First-time buyer' };
    expect(valueText(emotion, 0, nameOf)).toBe('Neutral');
    expect(valueText(emotion, -2, nameOf)).toBe('Very negative');
    expect(valueText(emotion, null, nameOf)).toBe('—');
    expect(valueText({ field: 'ownerId' }, 'p1', nameOf)).toBe('Ana Ruiz');
    expect(valueText({ field: 'momentOfTruth' }, true, nameOf)).toBe('Yes');
    expect(valueText({ field: 'cardIds' }, ['p1', 'x'], nameOf)).toBe('Ana Ruiz, x');
  });

  it('counts changes in the singular and the plural', () => {
    expect([0, 1, 2].map(changesHeading)).toEqual(['No changes', '1 change', '2 changes']);
  });
});
