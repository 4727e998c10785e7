import type { PersonData } from '../doc/index.ts';
import { parseComment } from './commentText.ts';

/** A comment rendered safely: text nodes, mention chips and plain links, never markup. */
export function CommentText({ text, people }: { text: string; people: readonly PersonData[] }) {
  return (
    <p className="text-[15px] leading-relaxed break-words whitespace-pre-wrap text-slate-800">
      {parseComment(text).map((segment, i) => {
        if (segment.type === 'text') return <span key={i}>{segment.text}</span>;
        if (segment.type === 'link') {
          return (
            <a
              key={i}
              href={segment.href}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="text-indigo-700 underline"
            >
              {segment.href}
            </a>
          );
        }
        const person = people.find((p) => p.id === segment.personId);
        return (
          <span
            key={i}
            className="rounded px-1 font-medium"
            style={{
              background: `${person?.color ?? '#64748b'}22`,
              color: person?.color ?? '#475569',
            }}
          >
            @{person?.name ?? 'someone'}
          </span>
        );
      })}
    </p>
  );
}
