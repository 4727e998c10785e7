import { describe, expect, it } from 'vitest';
import type { MapState } from '../doc/index.ts';
import { guessMapping } from './csvColumns.ts';
import { cardsCsv } from './csvExport.ts';
import { mapFromCsv, parseCsv } from './csvImport.ts';
import { sampleMap } from './fixtures.ts';

/*
 * The cards CSV holds every stage (name, goal, owner, order), every lane (name, kind, order),
 * every card field but its links, and one emotion column per persona: export → import →
 * export gives the same file, but for the card ids (an import makes new ones).
 */

const csvFile = (...lines: string[]) => '\ufeff' + lines.join('\r\n');

/** The sample map with what a naive CSV loses: an empty stage with a goal and owner, an empty
 *  lane, an emotion lane in the middle, and a lane whose first card is in the second stage. */
function richMap(): MapState {
  const map = sampleMap();
  map.stages[0]!.goal = 'Remind early, plainly';
  map.stages.push({ id: 's3', name: 'Renewal', order: 'a2', goal: 'Stay with us', ownerId: 'p1' });
  map.lanes = [
    { id: 'l3', name: 'Customer actions', kind: 'actions', order: 'Zz' },
    ...map.lanes,
    { id: 'le', name: 'Feelings', kind: 'emotion', order: 'a2' },
    { id: 'l4', name: 'Ideas', kind: 'opportunities', order: 'a3' },
  ];
  map.cards.push({
    ...map.cards[0]!,
    id: 'c4',
    stageId: 's2',
    laneId: 'l3',
    kind: 'action',
    title: 'Signs the offer',
    channel: null,
    emotion: { ps2: -1 },
  });
  return map;
}

const EXPORTED = csvFile(
  'id,stage,lane,kind,title,description,channel,owner,evidence,momentOfTruth,reviewedAt,stageGoal,stageOwner,laneKind,emotion (Customer),emotion (Broker)',
  ',Rate expiry,,stage,,,,,,,,"Remind early, plainly",,,,',
  ',Decision,,stage,,,,,,,,,Maya Lind,,,',
  ',Renewal,,stage,,,,,,,,Stay with us,Maya Lind,,,',
  ',,Customer actions,lane,,,,,,,,,,actions,,',
  ',,Touchpoints,lane,,,,,,,,,,touchpoints,,',
  ',,Pain points,lane,,,,,,,,,,painpoints,,',
  ',,Feelings,lane,,,,,,,,,,emotion,,',
  ',,Ideas,lane,,,,,,,,,,opportunities,,',
  'c1,Rate expiry,Touchpoints,touchpoint,Reminder email,"Sent 90 days before, ""friendly"" tone",email,Maya Lind,data,true,2025-05-01,,,,-1,2',
  'c2,Rate expiry,Pain points,painpoint,Unclear fees,,,,assumption,false,,,,,-2,',
  'c4,Decision,Customer actions,action,Signs the offer,,,,assumption,false,,,,,,-1',
  `c3,Decision,Touchpoints,touchpoint,"'=Offer letter",,email,,assumption,false,,,,,1,`,
);

/** The file without its first column (the card ids). */
const withoutIds = (csv: string) =>
  csv
    .split('\r\n')
    .map((line) => line.slice(line.indexOf(',') + 1))
    .join('\r\n');

function importCsv(csv: string): MapState {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.problems.join());
  let n = 0;
  const result = mapFromCsv(
    parsed.table,
    guessMapping(parsed.table.headers),
    'Again',
    () => `n${++n}`,
  );
  if (!result.ok) throw new Error(result.problems.join());
  expect(result.warnings).toEqual([]);
  return result.map;
}

describe('cards CSV round trip', () => {
  it('writes stages, then lanes, then cards, with every persona’s emotion column', () => {
    expect(cardsCsv(richMap())).toBe(EXPORTED);
  });

  it('export → import → export gives the same file, but for the card ids', () => {
    const again = cardsCsv(importCsv(EXPORTED));
    expect(withoutIds(again)).toBe(withoutIds(EXPORTED));
  });

  it('brings back stage goals and owners, lane order and kinds, and both personas', () => {
    const map = importCsv(EXPORTED);
    expect(map.stages.map((s) => [s.name, s.goal])).toEqual([
      ['Rate expiry', 'Remind early, plainly'],
      ['Decision', ''],
      ['Renewal', 'Stay with us'],
    ]);
    const maya = map.people.find((p) => p.name === 'Maya Lind')!;
    expect(map.stages.map((s) => s.ownerId)).toEqual([null, maya.id, maya.id]);
    expect(map.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Customer actions', 'actions'],
      ['Touchpoints', 'touchpoints'],
      ['Pain points', 'painpoints'],
      ['Feelings', 'emotion'],
      ['Ideas', 'opportunities'],
    ]);
    expect(map.personas.map((p) => p.name)).toEqual(['Customer', 'Broker']);
    const [customer, broker] = map.personas.map((p) => p.id);
    const reminder = map.cards.find((c) => c.title === 'Reminder email')!;
    expect(reminder.emotion).toEqual({ [customer!]: -1, [broker!]: 2 });
  });

  it('what a CSV cannot hold stays behind: KPIs, actions, teams, the purpose', () => {
    const map = importCsv(EXPORTED);
    expect(map.kpis).toEqual([]);
    expect(map.actions).toEqual([]);
    expect(map.meta.purpose).toBe('');
    expect(map.people.map((p) => p.team)).toEqual(['']);
  });
});
