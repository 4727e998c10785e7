import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { actionsCsv, cardsCsv, cardsInReadingOrder } from './csvExport.ts';
import { sampleMap } from './fixtures.ts';

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('cardsInReadingOrder', () => {
  it('sorts by stage, then lane, then the stored order', () => {
    expect(cardsInReadingOrder(sampleMap()).map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('cardsCsv', () => {
  const csv = cardsCsv(sampleMap());
  const [header, ...rows] = parse(csv);

  it('starts with a byte order mark so spreadsheets read UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('has the card columns and one emotion column per persona', () => {
    expect(header).toEqual([
      'id',
      'stage',
      'lane',
      'kind',
      'title',
      'description',
      'channel',
      'owner',
      'evidence',
      'momentOfTruth',
      'reviewedAt',
      'emotion (Customer)',
      'emotion (Broker)',
    ]);
  });

  it('writes names, not ids, and leaves missing scores empty', () => {
    expect(rows[0]).toEqual([
      'c1',
      'Rate expiry',
      'Touchpoints',
      'touchpoint',
      'Reminder email',
      'Sent 90 days before, "friendly" tone',
      'email',
      'Maya Lind',
      'data',
      'true',
      '2025-05-01',
      '-1',
      '2',
    ]);
    expect(rows[1]!.slice(11)).toEqual(['-2', '']);
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(rows[2]![4]).toBe("'=Offer letter");
  });
});

describe('actionsCsv', () => {
  const [header, ...rows] = parse(actionsCsv(sampleMap(), '2025-07-01'));

  it('has one row per action with owner, dates, scores and linked cards', () => {
    expect(header).toEqual([
      'id',
      'title',
      'owner',
      'due',
      'status',
      'impact',
      'effort',
      'overdue',
      'cards',
    ]);
    expect(rows).toEqual([
      [
        'a1',
        'Show fees up front',
        'Maya Lind',
        '2025-06-01',
        'doing',
        '4',
        '2',
        'true',
        'Unclear fees; Reminder email',
      ],
      ['a2', 'Call before expiry', '', '', 'todo', '3', '4', 'false', ''],
    ]);
  });
});
