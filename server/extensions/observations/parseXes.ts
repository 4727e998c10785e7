import { SaxesParser } from 'saxes';
import { unusable, type LogAggregator } from './aggregate.ts';
import { LogError } from './logError.ts';

/*
 * An XES event log (IEEE 1849), streamed through saxes: `<log>` holds `<trace>`s, each with
 * its attributes (`concept:name` is the case id) and its `<event>`s, each with attributes
 * (`concept:name` the activity, `time:timestamp`, `lifecycle:transition`, `org:resource`, and a
 * channel when there is one). Attributes nested inside attributes (lists, containers) and the
 * `<global>` defaults are not events and are passed over.
 */

const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list']);
const CHANNEL_KEYS = ['channel', 'channel:name', 'cx:channel'];

interface EventDraft {
  attributes: Map<string, string>;
  line: number;
}

/** Feeds every `<event>` of `text` to `sink`. */
export async function parseXes(text: AsyncIterable<string>, sink: LogAggregator): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
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
      const stamp = e.attributes.get('time:timestamp');
      const activity = e.attributes.get('concept:name') ?? '';
      if (caseId === null) {
        sink.skip(`${where(e.line)}: its <trace> (line ${traceLine}) has no concept:name`);
        continue;
      }
      const event = {
        caseId,
        activity: activity.trim(),
        time: stamp ? Date.parse(stamp) : NaN,
        lifecycle: e.attributes.get('lifecycle:transition') ?? null,
        channel: CHANNEL_KEYS.map((k) => e.attributes.get(k)).find(Boolean) ?? null,
      };
      const why = unusable(event, () => where(e.line));
      if (why) sink.skip(why);
      else sink.add(event);
    }
    traceEvents = [];
  };

  parser.on('opentag', (tag) => {
    // Without namespace processing, attributes are plain strings.
    const attributes = tag.attributes as Record<string, string>;
    const parent = stack[stack.length - 1];
    if (stack.length === 0) {
      if (tag.name !== 'log') fail(`the root element is <${tag.name}>, expected <log> (not XES)`);
      sawLog = true;
    } else if (tag.name === 'trace') {
      if (parent !== 'log') fail(`<trace> inside <${parent}>, expected inside <log>`);
      caseId = null;
      traceLine = parser.line;
    } else if (tag.name === 'event') {
      if (parent === 'trace') event = { attributes: new Map(), line: parser.line };
      else if (parent === 'log') fail('<event> outside a <trace>');
    } else if (ATTRIBUTE_TAGS.has(tag.name) && (parent === 'event' || parent === 'trace')) {
      const { key, value } = attributes;
      if (typeof key === 'string' && typeof value === 'string') {
        if (parent === 'event' && event) event.attributes.set(key, value);
        else if (parent === 'trace' && key === 'concept:name') caseId = value.trim() || null;
      }
    }
    stack.push(tag.name);
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'event' && stack[stack.length - 1] === 'trace' && event) {
      traceEvents.push(event);
      event = null;
    } else if (tag.name === 'trace' && stack[stack.length - 1] === 'log') endTrace();
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
