import { describe, expect, it } from 'vitest';
import { parseJourney, type Journey } from './parse.ts';

/*
 * Conformance with Mermaid's journey grammar (journey.jison and journeyDb.addTask), one
 * feature per input. Each input is small and made for the test.
 */

function journeyOf(text: string): Journey {
  const parsed = parseJourney(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.journey;
}

const tasks = (j: Journey) =>
  j.sections.flatMap((s) => s.tasks.map((t) => [s.name, t.name, t.score, t.actors]));
const problemsOf = (text: string) => {
  const parsed = parseJourney(text);
  return parsed.problems.map((p) => `${p.line}: ${p.message}`);
};

describe('Mermaid journey grammar', () => {
  it('reads the documented example', () => {
    const j = journeyOf(`journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me`);
    expect(j.title).toBe('My working day');
    expect(tasks(j)).toEqual([
      ['Go to work', 'Make tea', 5, ['Me']],
      ['Go to work', 'Go upstairs', 3, ['Me']],
      ['Go to work', 'Do work', 1, ['Me', 'Cat']],
      ['Go home', 'Go downstairs', 5, ['Me']],
      ['Go home', 'Sit down', 5, ['Me']],
    ]);
  });

  it('is case-insensitive in its keywords', () => {
    const j = journeyOf('JOURNEY\nTITLE Loud\nSECTION One\n  Task: 4: A');
    expect([j.title, tasks(j)]).toEqual(['Loud', [['One', 'Task', 4, ['A']]]]);
  });

  it('fails only when the text is not a journey', () => {
    expect(parseJourney('flowchart LR\n A --> B').ok).toBe(false);
    expect(parseJourney('').ok).toBe(false);
    expect(parseJourney('%% just a comment\njourney').ok).toBe(true);
  });

  it('skips %% comments and # comments', () => {
    const j = journeyOf(`%% before
journey
%% a whole line
  title Commented # not part of the title
  section Start here # nor of the section
    Task one: 4: Me # nor of the actors
  %% indented comment
    Task two: 2`);
    expect(j.title).toBe('Commented');
    expect(tasks(j)).toEqual([
      ['Start here', 'Task one', 4, ['Me']],
      ['Start here', 'Task two', 2, []],
    ]);
  });

  it('reads accTitle and accDescr lines and blocks', () => {
    const line = journeyOf(
      'journey\naccTitle: Short name\naccDescr: One line: with a colon\nsection S\n  T: 3',
    );
    expect([line.accTitle, line.accDescr]).toEqual(['Short name', 'One line: with a colon']);
    const block = journeyOf(
      'journey\naccDescr {\n  First line\n  second line\n}\nsection S\n  T: 3: A',
    );
    expect(block.accDescr).toBe('First line\n  second line');
    expect(tasks(block)).toEqual([['S', 'T', 3, ['A']]]);
  });

  it('takes the title from front matter unless a title statement names it', () => {
    const front =
      '---\ntitle: "From front matter"\nconfig:\n  theme: forest\n---\njourney\nsection S\n  T: 3';
    expect(journeyOf(front).title).toBe('From front matter');
    expect(journeyOf(front.replace('journey', 'journey\ntitle Own')).title).toBe('Own');
  });

  it('ignores %%{init}%% directives, on one line or several', () => {
    const j = journeyOf(`%%{init: {"theme": "dark"}}%%
journey
%%{
  init: { "journey": { "useMaxWidth": true } }
}%%
  section S
    Late task: 2: Me`);
    expect(tasks(j)).toEqual([['S', 'Late task', 2, ['Me']]]);
  });

  it('keeps tasks before the first section in a section of their own', () => {
    const j = journeyOf('journey\n  Wake up: 2: Me\nsection Day\n  Work: 3: Me');
    expect(tasks(j)).toEqual([
      [null, 'Wake up', 2, ['Me']],
      ['Day', 'Work', 3, ['Me']],
    ]);
  });

  it('keeps colons in the title, and reads a task name up to its first colon', () => {
    const j = journeyOf('journey\ntitle Checkout: the long way\nsection S\n  Pay: 4: Me: extra');
    expect(j.title).toBe('Checkout: the long way');
    expect(tasks(j)).toEqual([['S', 'Pay', 4, ['Me']]]);
    expect(problemsOf('journey\nsection S\n  Pay: 4: Me: extra')).toEqual([
      '3: “Pay”: text after the actors (“extra”) is ignored',
    ]);
  });

  it('decodes entity codes, so escaped colons, hashes and semicolons stay in names', () => {
    const j = journeyOf(
      'journey\ntitle A #35;1 map\nsection Step #58; one\n  Pay #59; leave: 4: Ann#44; B, C#colon;D',
    );
    expect(j.title).toBe('A #1 map');
    expect(tasks(j)).toEqual([['Step : one', 'Pay ; leave', 4, ['Ann, B', 'C:D']]]);
  });

  it('drops an empty actor left by a trailing comma, and trims names', () => {
    const j = journeyOf('journey\nsection   Spaced  \n   Task   :  3  :  Me ,  You ,  ');
    expect(tasks(j)).toEqual([['Spaced', 'Task', 3, ['Me', 'You']]]);
  });

  it('keeps non-Latin text', () => {
    const j = journeyOf(
      'journey\ntitle 旅程\nsection Покупка\n  Оплатить заказ: 4: Анна, 李\n  دفع: 2: مريم',
    );
    expect(j.title).toBe('旅程');
    expect(tasks(j)).toEqual([
      ['Покупка', 'Оплатить заказ', 4, ['Анна', '李']],
      ['Покупка', 'دفع', 2, ['مريم']],
    ]);
  });

  it('clamps scores outside 1…5 and says so', () => {
    const text = 'journey\nsection S\n  High: 9: Me\n  Low: 0: Me\n  Negative: -3\n  Half: 3.5';
    expect(tasks(journeyOf(text)).map((t) => t[2])).toEqual([5, 1, 1, 4]);
    expect(problemsOf(text)).toEqual([
      '3: “High”: score 9 is outside 1…5 or not whole; taken as 5',
      '4: “Low”: score 0 is outside 1…5 or not whole; taken as 1',
      '5: “Negative”: score -3 is outside 1…5 or not whole; taken as 1',
      '6: “Half”: score 3.5 is outside 1…5 or not whole; taken as 4',
    ]);
  });

  it('keeps tasks with a missing or non-numeric score, without one, and says so', () => {
    const text = 'journey\nsection S\n  No colon\n  Empty:\n  Blank:  : Me\n  Words: great: Me';
    expect(tasks(journeyOf(text))).toEqual([
      ['S', 'No colon', null, []],
      ['S', 'Empty', null, []],
      ['S', 'Blank', null, ['Me']],
      ['S', 'Words', null, ['Me']],
    ]);
    expect(problemsOf(text)).toEqual([
      '3: “No colon”: no score; the card is kept without one',
      '4: “Empty”: no score; the card is kept without one',
      '5: “Blank”: no score; the card is kept without one',
      '6: “Words”: score “great” is not a number; the card is kept without one',
    ]);
  });

  it('skips the rest of a line at a character the grammar refuses', () => {
    const text = 'journey\nsection S\n  Task: 4: Me; Other: 2\n  Next: 3';
    expect(tasks(journeyOf(text))).toEqual([
      ['S', 'Task', 4, ['Me']],
      ['S', 'Next', 3, []],
    ]);
    expect(problemsOf(text)).toEqual(['3: Unexpected “;”; the rest of the line is skipped']);
  });

  it('reads Windows line endings and an empty section', () => {
    const j = journeyOf('journey\r\nsection Empty\r\nsection Full\r\n  T: 5: Me\r\n');
    expect(j.sections.map((s) => [s.name, s.tasks.length])).toEqual([
      ['Empty', 0],
      ['Full', 1],
    ]);
  });
});
