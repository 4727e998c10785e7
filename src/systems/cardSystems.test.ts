import { describe, expect, it } from 'vitest';
import { dataFlows, templateMap } from '../doc/index.ts';
import { actionForFlow, actionForSystem } from './actionFrom.ts';
import { deriveCardSystems, deriveSystemIds, type CardSystems } from './cardSystems.ts';
import {
  CELL_H,
  CELL_W,
  ROADMAP,
  fromX,
  fromY,
  placeDots,
  toX,
  toY,
  wrapName,
} from './roadmapGeometry.ts';

const bank = templateMap('refinancing')!;
const card = (title: string) => bank.cards.find((c) => c.title === title)!;

describe('system badges on cards', () => {
  it('tells a system card its system and a relying card its systems; nothing for the rest', () => {
    const badge = deriveCardSystems(bank);
    const parse = (title: string) => JSON.parse(badge(card(title))) as CardSystems;
    expect(parse('Loan origination system (LOS)')).toEqual({
      stands: { name: 'Loan origination system (LOS)', maturity: 3, importance: 5 },
      relies: [],
    });
    // Relied on by name, and through its "depends on" line to the CRM card.
    expect(parse('Rate expiry email').relies.map((s) => s.name)).toEqual([
      'Loan origination system (LOS)',
      'Marketing automation (CRM)',
    ]);
    expect(badge(card('Sees the fixed rate is about to end'))).toBe('');
    // The same words for the same card in the next map state: the card does not re-render.
    expect(deriveCardSystems({ ...bank })(card('Rate expiry email'))).toBe(
      badge(card('Rate expiry email')),
    );
  });

  it('lists the systems a focus ring compares with', () => {
    const ids = deriveSystemIds(bank);
    const los = bank.systems.find((s) => s.name.startsWith('Loan origination'))!.id;
    expect(ids(card('Loan origination system (LOS)'))).toBe(los);
    expect(ids(card('Offer document')).split(' ')).toEqual([los]);
  });
});

describe('actions from the systems panel', () => {
  it('weighs a system action by its importance and links the cards it names', () => {
    const integration = bank.systems.find((s) => s.name === 'CRM–LOS integration')!;
    const cards = [card('Prefill the application from CRM')];
    expect(actionForSystem(integration, cards)).toEqual({
      title: 'Improve CRM–LOS integration (maturity 1 of 5)',
      ownerId: integration.ownerId,
      impact: 5,
      cardIds: [cards[0]!.id],
    });
  });

  it('makes building a missing flow a high-impact action on its two cards', () => {
    const flow = dataFlows(bank).find((f) => f.connection.status === 'missing')!;
    expect(actionForFlow(flow)).toMatchObject({
      title:
        'Build the data flow "Active loan status" from Loan origination system (LOS) to Marketing automation (CRM)',
      impact: 5,
      cardIds: [flow.from.id, flow.to.id],
    });
  });
});

describe('roadmap geometry', () => {
  it('puts high maturity left and high importance up, and reads a drop back to scores', () => {
    expect(toX(5)).toBeLessThan(toX(1));
    expect(toY(5)).toBeLessThan(toY(1));
    for (const score of [1, 2, 3, 4, 5]) {
      expect(fromX(toX(score) + CELL_W * 0.4)).toBe(score);
      expect(fromY(toY(score) - CELL_H * 0.4)).toBe(score);
    }
    expect(fromX(-100)).toBe(5);
    expect(fromX(ROADMAP.width + 100)).toBe(1);
  });

  it('names a dot alone in its cell on two lines, and puts several in a cell side by side', () => {
    expect(wrapName('Loan origination system (LOS)', 16, 2)).toEqual([
      'Loan origination',
      'system (LOS)',
    ]);
    expect(wrapName('A very long name for a system', 8, 2)).toEqual(['A very', 'long…']);
    expect(wrapName('Core banking', 16, 2)).toEqual(['Core banking']);
    const placed = placeDots([
      { name: 'CRM', maturity: 3, importance: 3 },
      { name: 'Ticketing system', maturity: 3, importance: 3 },
      { name: 'Data warehouse', maturity: 2, importance: 3 },
    ]);
    expect(placed[0]!.dx).toBeLessThan(0);
    expect(placed[1]!.dx).toBe(-placed[0]!.dx);
    expect(placed[1]!.lines).toHaveLength(1);
    expect(placed[2]).toMatchObject({ dx: 0, lines: ['Data warehouse'] });
  });
});
