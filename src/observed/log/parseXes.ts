import { SaxesParser } from 'saxes';
import { unusable, type LogAggregator } from './aggregate.ts';
import { LogError } from './logError.ts';
import { parseTime } from './parseTime.ts';

/*
 * An XES event log (IEEE 1849), streamed through saxes: `<log>` holds `<trace>`s, each with
 * its attributes (`concept:name` is the case id) and its `<event>`s, each with attributes
 * (`concept:name` the activity, `time:timestamp`, `lifecycle:transition`, `org:resource`, and a
 * channel when there is one). Attributes nested inside attributes (lists, containers) and the
 * `<global>` defaults are not events and are passed over.
 */

const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list']);
const CHANNEL_KEYS = new Set(['channel', 'channel:name', 'cx:channel']);

/** The attributes of an event that matter here (the rest are passed over as they are read). */
interface EventDraft {
  activity: string | undefined;
  stamp: string | undefined;
  lifecycle: string | null;
  channel: string | null;
  line: number;
}

// Where the parser is: the element kinds that matter, by depth (no array of names kept).
const enum At {
  Log,
  Trace,
  Event,
  Other,
}

/** Feeds every `<event>` of `text` to `sink`. */
export async function parseXes(text: AsyncIterable<string>, sink: LogAggregator): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const stack: At[] = [];
  const names: string[] = [];
  let caseId: string | null = null;
  let traceLine = 0;
  let traceEvents: EventDraft[] = [];
  let event: EventDraft | null = null;
  let sawLog = false;

  const where = (line: number) => `<event> at line ${line}`;
  const fail = (message: string): never => {
    throw new LogError(400, `XES line ${parser.line}: ${message}`);
  };

  // A trace's case id may come after its events: they are handed over at </trace>.
  const endTrace = () => {
    for (const e of traceEvents) {
      if (caseId === null) {
        sink.skip(`${where(e.line)}: its <trace> (line ${traceLine}) has no concept:name`);
        continue;
      }
      const activity = (e.activity ?? '').trim();
      const time = e.stamp ? parseTime(e.stamp) : NaN;
      if (activity && Number.isFinite(time))
        sink.addFields(caseId, activity, time, e.channel, e.lifecycle);
      else sink.skip(unusable({ caseId, activity, time }, () => where(e.line))!);
    }
    traceEvents = [];
  };

  parser.on('opentag', (tag) => {
    const depth = stack.length;
    const parent = depth === 0 ? null : stack[depth - 1]!;
    const name = tag.name;
    let kind = At.Other;
    if (depth === 0) {
      if (name !== 'log') fail(`the root element is <${name}>, expected <log> (not XES)`);
      sawLog = true;
      kind = At.Log;
    } else if (name === 'event') {
      if (parent === At.Trace) {
        event = {
          activity: undefined,
          stamp: undefined,
          lifecycle: null,
          channel: null,
          line: parser.line,
        };
        kind = At.Event;
      } else if (parent === At.Log) fail('<event> outside a <trace>');
    } else if (name === 'trace') {
      if (parent !== At.Log) fail(`<trace> inside <${names[depth - 1]}>, expected inside <log>`);
      caseId = null;
      traceLine = parser.line;
      kind = At.Trace;
    } else if ((parent === At.Event || parent === At.Trace) && ATTRIBUTE_TAGS.has(name)) {
      // Without namespace processing, attributes are plain strings.
      const { key, value } = tag.attributes as Record<string, string | undefined>;
      if (typeof key === 'string' && typeof value === 'string') {
        if (parent === At.Event && event) {
          if (key === 'concept:name') event.activity = value;
          else if (key === 'time:timestamp') event.stamp = value;
          else if (key === 'lifecycle:transition') event.lifecycle = value;
          else if (!event.channel && CHANNEL_KEYS.has(key)) event.channel = value || null;
        } else if (parent === At.Trace && key === 'concept:name') caseId = value.trim() || null;
      }
    }
    stack.push(kind);
    names[depth] = name;
  });
  parser.on('closetag', () => {
    const kind = stack.pop();
    const parent = stack[stack.length - 1];
    if (kind === At.Event && parent === At.Trace && event) {
      traceEvents.push(event);
      event = null;
    } else if (kind === At.Trace && parent === At.Log) endTrace();
  });
  parser.on('error', (error) => {
    // saxes says "line:column: what"; say it in words.
    const [, line, column, what] = /^(?:undefined:)?(\d+):(\d+): (.*)$/s.exec(error.message) ?? [];
    throw new LogError(
      400,
      line ? `XES line ${line}, column ${column}: ${what}` : `XES: ${error.message}`,
    );
  });

  for await (const chunk of text) parser.write(chunk);
  parser.close();
  if (!sawLog) throw new LogError(400, 'Not an XES log: no <log> element');
}
