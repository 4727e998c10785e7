import { describe, expect, it } from 'vitest';
import { actionsCsv, cardsCsv, cardsInReadingOrder } from './csvExport.ts';
import { sampleMap } from './fixtures.ts';

/** The exact file: a byte order mark (so spreadsheets read UTF-8), then CRLF-separated lines. */
const csvFile = (...lines: string[]) => '\ufeff' + lines.join('\r\n');

describe('cardsInReadingOrder', () => {
  it('sorts by stage, then lane, then the stored order', () => {
    expect(cardsInReadingOrder(sampleMap()).map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('cardsCsv', () => {
  it('writes a row per stage and lane, then one per card in reading order, names not ids, one emotion column per persona', () => {
    // Stage rows carry goal and owner, lane rows the lane kind, so empty ones and order survive.
    // c1 quotes a description with a comma and doubled quotes; c2 leaves the Broker score
    // empty; c3's title would run as a formula, so it is defused with a quote and quoted.
    expect(cardsCsv(sampleMap())).toBe(
      csvFile(
        'id,stage,lane,kind,title,description,channel,owner,evidence,momentOfTruth,reviewedAt,stageGoal,stageOwner,laneKind,emotion (Customer),emotion (Broker)',
        ',Rate expiry,,stage,,,,,,,,,,,,',
        ',Decision,,stage,,,,,,,,,Maya Lind,,,',
        ',,Touchpoints,lane,,,,,,,,,,touchpoints,,',
        ',,Pain points,lane,,,,,,,,,,painpoints,,',
        'c1,Rate expiry,Touchpoints,touchpoint,Reminder email,"Sent 90 days before, ""friendly"" tone",email,Maya Lind,data,true,2025-05-01,,,,-1,2',
        'c2,Rate expiry,Pain points,painpoint,Unclear fees,,,,assumption,false,,,,,-2,',
        `c3,Decision,Touchpoints,touchpoint,"'=Offer letter",,email,,assumption,false,,,,,1,`,
      ),
    );
  });
});

describe('actionsCsv', () => {
  it('writes one row per action with owner, dates, scores and linked cards by title', () => {
    expect(actionsCsv(sampleMap(), '2025-07-01')).toBe(
      csvFile(
        'id,title,owner,due,status,impact,effort,overdue,cards',
        'a1,Show fees up front,Maya Lind,2025-06-01,doing,4,2,true,Unclear fees; Reminder email',
        'a2,Call before expiry,,,todo,3,4,false,',
      ),
    );
  });
});

describe('formula cells (CSV injection)', () => {
  const link = '=HYPERLINK("http://evil.example/x","Open")';

  it('defuses a card title that starts a formula and goes on after a line break', () => {
    const map = sampleMap();
    map.cards = [map.cards[1]!];
    map.cards[0]!.title = `${link}\nsecond line`;
    map.cards[0]!.description = '@SUM(A1:A9)\r\nand more';
    map.people[0]!.name = '+cmd|calc';
    map.stages[0]!.name = '-Rate expiry\n';
    expect(cardsCsv(map)).toBe(
      csvFile(
        'id,stage,lane,kind,title,description,channel,owner,evidence,momentOfTruth,reviewedAt,stageGoal,stageOwner,laneKind,emotion (Customer),emotion (Broker)',
        `,"'-Rate expiry\n",,stage,,,,,,,,,,,,`,
        `,Decision,,stage,,,,,,,,,"'+cmd|calc",,,`,
        ',,Touchpoints,lane,,,,,,,,,,touchpoints,,',
        ',,Pain points,lane,,,,,,,,,,painpoints,,',
        `c1,"'-Rate expiry\n",Touchpoints,touchpoint,"'=HYPERLINK(""http://evil.example/x"",""Open"")\nsecond line","'@SUM(A1:A9)\r\nand more",email,"'+cmd|calc",data,true,2025-05-01,,,,-1,2`,
      ),
    );
  });

  it('defuses cells that start with a tab or a carriage return, and leaves numbers alone', () => {
    const map = sampleMap();
    map.cards = [map.cards[2]!];
    map.cards[0]!.title = '\t=1+1';
    map.cards[0]!.description = '\r=1+1';
    expect(cardsCsv(map)).toBe(
      csvFile(
        'id,stage,lane,kind,title,description,channel,owner,evidence,momentOfTruth,reviewedAt,stageGoal,stageOwner,laneKind,emotion (Customer),emotion (Broker)',
        ',Rate expiry,,stage,,,,,,,,,,,,',
        ',Decision,,stage,,,,,,,,,Maya Lind,,,',
        ',,Touchpoints,lane,,,,,,,,,,touchpoints,,',
        ',,Pain points,lane,,,,,,,,,,painpoints,,',
        `c2,Rate expiry,Pain points,painpoint,"'\t=1+1","'\r=1+1",,,assumption,false,,,,,-2,`,
      ),
    );
  });

  it('defuses a multi-line formula in an action title and in a linked card title', () => {
    const map = sampleMap();
    map.actions = [map.actions[0]!];
    map.actions[0]!.title = `${link}\r\nFix fees`;
    map.cards.find((c) => c.id === 'c2')!.title = '-2\nfees';
    expect(actionsCsv(map, '2025-07-01')).toBe(
      csvFile(
        'id,title,owner,due,status,impact,effort,overdue,cards',
        `a1,"'=HYPERLINK(""http://evil.example/x"",""Open"")\r\nFix fees",Maya Lind,2025-06-01,doing,4,2,true,"'-2\nfees; Reminder email"`,
      ),
    );
  });
});
