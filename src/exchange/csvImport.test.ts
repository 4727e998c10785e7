import { describe, expect, it } from 'vitest';
import { invariantViolations, parseMapExport } from '../doc/index.ts';
import { guessMapping } from './csvColumns.ts';
import { cardsCsv } from './csvExport.ts';
import { sampleMap } from './fixtures.ts';
import { mapFromCsv, parseCsv, type CsvTable } from './csvImport.ts';
import { guessLaneKind, parseEmotion } from './csvValues.ts';

function counter() {
  let n = 0;
  return () => `id${++n}`;
}

function table(csv: string): CsvTable {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.table;
}

function convert(csv: string, title = 'Imported') {
  const t = table(csv);
  return mapFromCsv(t, guessMapping(t.headers), title, counter());
}

const VALID = [
  'Stage,Lane,Kind,Title,Owner,Emotion',
  'Discover,Touchpoints,touchpoint,Sees an ad,Maya,1',
  'Discover,Pain points,,Too many offers,,-1',
  'Buy,Touchpoints,Touchpoint,Checkout page,maya,−2',
  'Buy,Customer actions,,Pays by card,Ola,',
  'discover,Touchpoints,,Reads reviews,,2',
].join('\n');

describe('mapFromCsv with a valid file', () => {
  const result = convert(VALID, 'Shop journey');
  if (!result.ok) throw new Error(result.problems.join());
  const { map } = result;

  it('makes stages and lanes from the distinct values, in order of appearance', () => {
    expect(map.meta.title).toBe('Shop journey');
    expect(map.stages.map((s) => s.name)).toEqual(['Discover', 'Buy']);
    expect(map.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Touchpoints', 'touchpoints'],
      ['Emotions', 'emotion'],
      ['Pain points', 'painpoints'],
      ['Customer actions', 'actions'],
    ]);
    expect(map.stages.map((s) => s.order)).toEqual([...map.stages.map((s) => s.order)].sort());
  });

  it('gives cards their kind, or the default of their lane', () => {
    expect(map.cards.map((c) => [c.title, c.kind])).toEqual([
      ['Sees an ad', 'touchpoint'],
      ['Too many offers', 'painpoint'],
      ['Checkout page', 'touchpoint'],
      ['Pays by card', 'action'],
      ['Reads reviews', 'touchpoint'],
    ]);
  });

  it('creates owners as people, once per name', () => {
    expect(map.people.map((p) => p.name)).toEqual(['Maya', 'Ola']);
    const maya = map.people[0]!.id;
    expect(map.cards.filter((c) => c.ownerId === maya).map((c) => c.title)).toEqual([
      'Sees an ad',
      'Checkout page',
    ]);
  });

  it('scores emotions for one persona named Customer', () => {
    expect(map.personas.map((p) => p.name)).toEqual(['Customer']);
    const persona = map.personas[0]!.id;
    expect(map.cards.map((c) => c.emotion[persona] ?? null)).toEqual([1, -1, -2, null, 2]);
  });

  it('is a valid export that the server accepts, and a sound map', () => {
    const parsed = parseMapExport(JSON.parse(JSON.stringify(map)));
    expect(parsed.ok).toBe(true);
    expect(invariantViolations(map)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('mapFromCsv refuses', () => {
  it('a file without a stage column, and says which column is missing', () => {
    const result = convert('Lane,Title\nTouchpoints,Sees an ad');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^No column for the stage/);
  });

  it('a file without a title column', () => {
    const result = convert('Stage,Lane\nDiscover,Touchpoints');
    expect(!result.ok && result.problems[0]).toMatch(/^No column for the title/);
  });

  it('a file where no row has a stage and a title', () => {
    const result = convert('Stage,Title\nDiscover,\n,Lonely card');
    expect(!result.ok && result.problems[0]).toMatch(/nothing to import/);
  });
});

describe('mapFromCsv with bad values', () => {
  it('leaves a bad emotion value empty and says which row', () => {
    const result = convert(
      'Stage,Title,Emotion\nDiscover,Sees an ad,5\nDiscover,Reads reviews,meh\nBuy,Pays,1',
    );
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.warnings).toEqual([
      'Row 2: emotion “5” is not a whole number from −2 to +2; left empty.',
      'Row 3: emotion “meh” is not a whole number from −2 to +2; left empty.',
    ]);
    expect(result.map.cards.map((c) => Object.values(c.emotion))).toEqual([[], [], [1]]);
  });

  it('skips rows without a title and reads unknown kinds as the lane default', () => {
    const result = convert('Stage,Lane,Kind,Title\nA,Pain points,gizmo,Slow\nA,Pain points,,');
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.map.cards.map((c) => c.kind)).toEqual(['painpoint']);
    expect(result.warnings).toEqual([
      'Row 2: kind “gizmo” is not understood; left empty.',
      'Row 3: skipped, it has no title.',
    ]);
  });
});

describe('without a lane column', () => {
  it('puts cards in one lane per kind', () => {
    const result = convert('Stage,Kind,Title\nA,pain point,Slow\nA,touchpoint,Site\nB,,Idea?');
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.map.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Pain points', 'painpoints'],
      ['Touchpoints', 'touchpoints'],
      ['Notes', 'custom'],
    ]);
  });
});

describe('round trip', () => {
  it('imports the cards CSV export back into the same stages, lanes and cards', () => {
    const original = sampleMap();
    const result = convert(cardsCsv(original));
    if (!result.ok) throw new Error(result.problems.join());
    const { map } = result;
    expect(map.stages.map((s) => s.name)).toEqual(['Rate expiry', 'Decision']);
    expect(map.lanes.filter((l) => l.kind !== 'emotion').map((l) => [l.name, l.kind])).toEqual([
      ['Touchpoints', 'touchpoints'],
      ['Pain points', 'painpoints'],
    ]);
    expect(map.cards.map((c) => c.title)).toEqual([
      'Reminder email',
      'Unclear fees',
      '=Offer letter',
    ]);
    const first = map.cards[0]!;
    expect(first).toMatchObject({
      description: 'Sent 90 days before, "friendly" tone',
      channel: 'email',
      evidence: 'data',
      momentOfTruth: true,
      reviewedAt: '2025-05-01',
    });
    expect(Object.values(first.emotion)).toEqual([-1, 2]);
    expect(map.personas.map((p) => p.name)).toEqual(['Customer', 'Broker']);
    expect(result.warnings).toEqual([]);
  });
  it('takes back the quote the export put before formula-like text, multi-line included', () => {
    const original = sampleMap();
    const titles = ['=HYPERLINK("http://evil.example/x","Open")\nsecond line', '-2 fees', '@home'];
    original.cards.forEach((card, i) => (card.title = titles[i]!));
    original.cards[0]!.description = '+1 line\r\nand another';
    const result = convert(cardsCsv(original));
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.map.cards.map((c) => c.title).sort()).toEqual([...titles].sort());
    expect(result.map.cards.find((c) => c.title === titles[0])!.description).toBe(
      '+1 line\r\nand another',
    );
  });
});

describe('parseCsv', () => {
  it('reads semicolon-separated files and a byte order mark', () => {
    expect(table('\ufeffStage;Title\nA;B').headers).toEqual(['Stage', 'Title']);
  });

  it('names blank headers and numbers rows as a spreadsheet does', () => {
    const t = table('Stage,,Title\nA,x,B\n\nC,y,D');
    expect(t.headers).toEqual(['Stage', 'Column 2', 'Title']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('refuses an empty file and a file with only a header', () => {
    expect(parseCsv('')).toEqual({ ok: false, problems: ['The file is empty.'] });
    expect(parseCsv('Stage,Title\n').ok).toBe(false);
  });
});

describe('values', () => {
  it('reads emotion scores in several spellings', () => {
    expect(['2', '+1', '-2', '−1', 'Very positive', '', '3', '1.5'].map(parseEmotion)).toEqual([
      2,
      1,
      -2,
      -1,
      2,
      undefined,
      null,
      null,
    ]);
  });

  it('guesses lane kinds from names', () => {
    expect(
      [
        'Touchpoints',
        'Pain points',
        'Customer actions',
        'Backstage',
        'IT systems',
        'Ideas',
        'Misc',
      ].map(guessLaneKind),
    ).toEqual([
      'touchpoints',
      'painpoints',
      'actions',
      'backstage',
      'systems',
      'opportunities',
      'custom',
    ]);
  });

  it('guesses columns from headers, the export’s included', () => {
    const mapping = guessMapping(['id', 'Stage', 'lane', 'Type', 'Name', 'emotion (Broker)']);
    expect(mapping).toMatchObject({
      stage: 1,
      lane: 2,
      kind: 3,
      title: 4,
      emotion: 5,
      owner: null,
    });
  });
});
