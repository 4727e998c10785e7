import { describe, expect, it } from 'vitest';
import { decodeMentions, encodeMentions, parseComment } from './commentText.ts';

describe('parseComment', () => {
  it('finds mentions and links and keeps everything else as text', () => {
    expect(parseComment('Ask @[p1] about https://example.com/a?b=1.')).toEqual([
      { type: 'text', text: 'Ask ' },
      { type: 'mention', personId: 'p1' },
      { type: 'text', text: ' about ' },
      { type: 'link', href: 'https://example.com/a?b=1' },
      { type: 'text', text: '.' },
    ]);
  });

  it('leaves markup as text', () => {
    expect(parseComment('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('does not turn javascript: into a link', () => {
    expect(parseComment('javascript:alert(1)').every((s) => s.type === 'text')).toBe(true);
  });
});

describe('mentions', () => {
  const people = [
    { id: 'sam', name: 'Sam' },
    { id: 'samo', name: 'Sam Okafor' },
  ];

  it('encodes picked names as references, longest name first', () => {
    expect(encodeMentions('@Sam Okafor and @Sam, see this', people)).toEqual({
      text: '@[samo] and @[sam], see this',
      mentions: ['samo', 'sam'],
    });
  });

  it('ignores picked people whose name was deleted from the text', () => {
    expect(encodeMentions('nobody here', people)).toEqual({ text: 'nobody here', mentions: [] });
  });

  it('decodes references back to names for editing', () => {
    expect(decodeMentions('hi @[samo]', () => 'Sam Okafor')).toBe('hi @Sam Okafor');
  });
});
