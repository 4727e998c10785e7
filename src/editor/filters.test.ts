import { describe, expect, it } from 'vitest';
import type { CardData } from '../doc/schema.ts';
import { NO_FILTERS, cardMatches, filtersActive } from './filters.ts';

const card: CardData = {
  id: 'c',
  stageId: 's',
  laneId: 'l',
  order: 'a0',
  kind: 'touchpoint',
  title: 'Guest checkout',
  description: '',
  channel: 'web',
  ownerId: 'maya',
  emotion: { buyer: -1 },
  momentOfTruth: false,
  evidence: 'data',
  reviewedAt: null,
  kpiIds: [],
  systemId: null,
  reliesOn: [],
  activities: [],
};

describe('cardMatches', () => {
  it('passes everything with no filters', () => {
    expect(filtersActive(NO_FILTERS)).toBe(false);
    expect(cardMatches(card, NO_FILTERS)).toBe(true);
  });

  it('searches titles without regard to case', () => {
    expect(cardMatches(card, { ...NO_FILTERS, search: 'CHECKOUT' })).toBe(true);
    expect(cardMatches(card, { ...NO_FILTERS, search: 'refund' })).toBe(false);
  });

  it('filters by owner, channel, kind and evidence', () => {
    expect(cardMatches(card, { ...NO_FILTERS, ownerId: 'maya' })).toBe(true);
    expect(cardMatches(card, { ...NO_FILTERS, ownerId: 'sam' })).toBe(false);
    expect(cardMatches(card, { ...NO_FILTERS, channel: 'email' })).toBe(false);
    expect(cardMatches(card, { ...NO_FILTERS, kind: 'painpoint' })).toBe(false);
    expect(cardMatches(card, { ...NO_FILTERS, evidence: 'assumption' })).toBe(false);
    expect(cardMatches(card, { ...NO_FILTERS, kind: 'touchpoint', evidence: 'data' })).toBe(true);
  });

  it('keeps cards scored for the persona and cards scored for nobody', () => {
    expect(cardMatches(card, { ...NO_FILTERS, personaId: 'buyer' })).toBe(true);
    expect(cardMatches(card, { ...NO_FILTERS, personaId: 'gift' })).toBe(false);
    expect(cardMatches({ ...card, emotion: {} }, { ...NO_FILTERS, personaId: 'gift' })).toBe(true);
  });
});
