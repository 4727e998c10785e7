import { describe, expect, it } from 'vitest';
import { analyseLog } from './analyse.ts';
import { LogError } from '../../../src/observed/log/logError.ts';

/* Parsing event logs: the edge cases of XES and CSV, on small logs written here. */

async function* chunked(text: string, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  // Small chunks: a tag, a quoted field or a UTF-8 character may be split anywhere.
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const analyse = (text: string, columns = {}) =>
  analyseLog(chunked(text), { columns, maxBytes: 1 << 20 });

const refusal = async (text: string) => {
  const error = await analyse(text).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LogError);
  return (error as LogError).message;
};

const xes = (traces: string) => `<?xml version="1.0"?>
<log xes.version="1.0">
  <global scope="event"><string key="concept:name" value="default"/></global>
  ${traces}
</log>`;
const event = (name: string, time: string | null, extra = '') =>
  `<event><string key="concept:name" value="${name}"/>${time ? `<date key="time:timestamp" value="${time}"/>` : ''}${extra}</event>`;
const lifecycle = (value: string) => `<string key="lifecycle:transition" value="${value}"/>`;

describe('XES', () => {
  it('reads traces without lifecycle; typed attributes and nested lists are not events', async () => {
    const result = await analyse(
      xes(`<trace><string key="concept:name" value="A"/><int key="cost" value="3"/>
        ${event('Open', '2024-01-01T10:00:00Z', '<list key="tags"><string key="x" value="y"/></list><float key="f" value="1.5"/><boolean key="b" value="true"/>')}
        ${event('Close', '2024-01-01T11:00:00Z')}
      </trace>`),
    );
    expect(result).toMatchObject({ cases: 1, events: 2, activities: 2 });
    expect(result.data.variants).toEqual([
      { activities: ['Open', 'Close'], cases: 1, gaps: [3_600_000] },
    ]);
  });

  it('counts a start/complete pair as one visit, but every event in the file', async () => {
    const result = await analyse(
      xes(`<trace><string key="concept:name" value="A"/>
        ${event('Review', '2024-01-01T10:00:00Z', lifecycle('start'))}
        ${event('Review', '2024-01-01T10:30:00Z', lifecycle('complete'))}
        ${event('Approve', '2024-01-01T11:00:00Z', lifecycle('complete'))}
      </trace>`),
    );
    expect(result.events).toBe(3);
    expect(result.data.activityStats).toContainEqual({ name: 'Review', events: 2, cases: 1 });
    expect(result.data.variants[0]!.activities).toEqual(['Review', 'Approve']);
    expect(result.data.transitions).toEqual([
      { from: 'Review', to: 'Approve', count: 1, cases: 1 },
    ]);
  });

  it('orders by time with timezone offsets, not by the clock time written', async () => {
    // 10:00+02:00 is 08:00Z: before 09:00Z although written later in the day.
    const result = await analyse(
      xes(`<trace><string key="concept:name" value="A"/>
        ${event('Second', '2024-01-01T09:00:00Z')}
        ${event('First', '2024-01-01T10:00:00+02:00')}
      </trace>`),
    );
    expect(result.data.variants[0]!.activities).toEqual(['First', 'Second']);
    expect(result.from).toBe('2024-01-01T08:00:00.000Z');
  });

  it('reports and skips events without a timestamp, and a trace without a case id', async () => {
    const result = await analyse(
      xes(`<trace><string key="concept:name" value="A"/>
        ${event('Open', '2024-01-01T10:00:00Z')}
        ${event('Lost', null)}
      </trace>
      <trace>${event('Orphan', '2024-01-01T10:00:00Z')}</trace>`),
    );
    expect(result).toMatchObject({ cases: 1, events: 3, activities: 1 });
    expect(result.data.skipped.events).toBe(2);
    expect(result.data.skipped.examples[0]).toMatch(/<event> at line \d+: no parsable timestamp/);
    expect(result.data.skipped.examples[1]).toMatch(/<trace> \(line \d+\) has no concept:name/);
  });

  it('names the line of malformed XML', async () => {
    expect(await refusal('<log>\n<trace>\n<event></trace>')).toMatch(/^XES line 3, column \d+:/);
    expect(await refusal(xes(event('Loose', '2024-01-01T10:00:00Z')))).toMatch(
      /XES line \d+: <event> outside a <trace>/,
    );
  });
});

describe('CSV', () => {
  it('reads quoted separators, a byte-order mark, and sorts a case by time', async () => {
    const result = await analyse(
      '\uFEFFCase ID,Activity,Timestamp\n' +
        'A,"Pay, then ship",2024-01-01T12:00:00Z\n' +
        'A,Order,2024-01-01T10:00:00Z\n' +
        'B,Order,2024-01-02T10:00:00Z\n',
    );
    expect(result).toMatchObject({ cases: 2, events: 3, activities: 2 });
    expect(result.data.variants[1]).toEqual({
      activities: ['Order', 'Pay, then ship'],
      cases: 1,
      gaps: [7_200_000],
    });
  });

  it('reads `;` separators and keeps file order for equal timestamps', async () => {
    const result = await analyse(
      'case:concept:name;concept:name;time:timestamp\n' +
        'A;Login;2024-01-01T10:00:00Z\n' +
        'A;Browse;2024-01-01T10:00:00Z\n' +
        'A;Logout;2024-01-01T09:00:00Z\n',
    );
    expect(result.data.variants[0]!.activities).toEqual(['Logout', 'Login', 'Browse']);
  });

  it('uses the columns named by the caller', async () => {
    const result = await analyse('ticket,step,when,step2\nT1,a,2024-01-01,b\nT1,c,2024-01-02,d\n', {
      case: 'ticket',
      activity: 'step2',
      timestamp: 'when',
    });
    expect(result.data.variants[0]!.activities).toEqual(['b', 'd']);
  });

  it('names the line of a short row, and says when no timestamp parses', async () => {
    expect(await refusal('case,activity,timestamp\nA,x,2024-01-01\n"A,y\n')).toMatch(/^Line 3:/);
    expect(await refusal('case,activity,timestamp\nA,x,soon\n')).toMatch(
      /No event has a parsable timestamp \(line 2 \("soon"\)/,
    );
  });
});
