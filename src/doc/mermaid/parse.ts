import { tokenize, type Token } from './lexer.ts';
import { prepare } from './preprocess.ts';

/*
 * Mermaid `journey` text → its title, sections and tasks, with every problem found, by line.
 * Parsing follows Mermaid's grammar and its `addTask` (score before the first colon of the
 * task data, comma-separated actors after the second); where Mermaid would refuse the whole
 * diagram for one bad line, this keeps what it can and says what it skipped.
 */

export interface JourneyTask {
  name: string;
  /** 1…5, or null when missing or not a number. */
  score: number | null;
  actors: string[];
  line: number;
}

export interface JourneySection {
  /** Null for the tasks before the first section. */
  name: string | null;
  tasks: JourneyTask[];
}

export interface Journey {
  title: string | null;
  accTitle: string | null;
  accDescr: string | null;
  sections: JourneySection[];
}

export interface Problem {
  line: number;
  message: string;
}

export type JourneyParse =
  { ok: true; journey: Journey; problems: Problem[] } | { ok: false; problems: Problem[] };

const SCORE_MIN = 1;
const SCORE_MAX = 5;

function taskFrom(
  name: string,
  data: string | null,
  line: number,
  problems: Problem[],
  decode: (value: string) => string,
): JourneyTask {
  const report = (message: string) => problems.push({ line, message: `“${name}”: ${message}` });
  if (data === null) {
    report('no score; the card is kept without one');
    return { name, score: null, actors: [], line };
  }
  // Split before decoding: an encoded colon (#58;) belongs to a name.
  const pieces = data.split(':');
  const raw = decode(pieces[0]!).trim();
  let score: number | null = null;
  if (raw === '') report('no score; the card is kept without one');
  else if (Number.isNaN(Number(raw)))
    report(`score “${raw}” is not a number; the card is kept without one`);
  else {
    const number = Number(raw);
    score = Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(number)));
    if (score !== number) report(`score ${raw} is outside 1…5 or not whole; taken as ${score}`);
  }
  if (pieces.length > 2)
    report(`text after the actors (“${decode(pieces.slice(2).join(':')).trim()}”) is ignored`);
  const actors = (pieces[1] ?? '')
    .split(',')
    .map((a) => decode(a).trim())
    .filter((a) => a !== '');
  return { name, score, actors, line };
}

/** Parses Mermaid `journey` text. Fails only if it is not a journey at all. */
export function parseJourney(source: string): JourneyParse {
  const prepared = prepare(source);
  const tokens = tokenize(prepared.text).filter((t) => t.kind !== 'newline');
  const problems: Problem[] = [];
  const decode = (value: string) => prepared.decode(value).trim();
  if (tokens[0]?.kind !== 'journey')
    return {
      ok: false,
      problems: [
        {
          line: tokens[0]?.line ?? 1,
          message: 'This is not a Mermaid journey: it must begin with “journey”',
        },
      ],
    };
  const journey: Journey = { title: null, accTitle: null, accDescr: null, sections: [] };
  let section: JourneySection | null = null;
  const addTask = (task: JourneyTask) => {
    if (!section) journey.sections.push((section = { name: null, tasks: [] }));
    section.tasks.push(task);
  };
  for (let i = 1; i < tokens.length; i++) {
    const token: Token = tokens[i]!;
    const next = tokens[i + 1];
    switch (token.kind) {
      case 'title':
        journey.title = decode(token.text);
        break;
      case 'accTitle':
        journey.accTitle = decode(token.text);
        break;
      case 'accDescr':
        journey.accDescr = decode(token.text);
        break;
      case 'section':
        journey.sections.push((section = { name: decode(token.text), tasks: [] }));
        break;
      case 'taskName': {
        const name = decode(token.text);
        const data = next?.kind === 'taskData' ? next.text.slice(1) : null;
        if (next?.kind === 'taskData' || next?.kind === 'colon') i++;
        addTask(taskFrom(name, data, token.line, problems, prepared.decode));
        break;
      }
      case 'taskData':
      case 'colon':
        problems.push({
          line: token.line,
          message: `“${decode(token.text)}” has no task name; skipped`,
        });
        break;
      case 'journey':
        problems.push({ line: token.line, message: '“journey” may appear only once; ignored' });
        break;
      default: {
        // Mermaid refuses the diagram here; we skip the rest of the line and say so.
        const rest = tokens.slice(i + 1).filter((t) => t.line === token.line);
        problems.push({
          line: token.line,
          message: `Unexpected “${token.text}”; the rest of the line is skipped`,
        });
        i += rest.length;
      }
    }
  }
  if (prepared.frontTitle !== null && journey.title === null)
    journey.title = prepared.decode(prepared.frontTitle).trim();
  return { ok: true, journey, problems };
}
