import { useEffect, useMemo, useRef, useState } from 'react';
import { sharedText, type MapDoc } from '../doc/index.ts';

interface SharedTextAreaProps {
  doc: MapDoc;
  cardId: string;
  label: string;
  disabled?: boolean;
}

/**
 * A textarea bound to a card's collaborative description: every keystroke becomes
 * a minimal edit, and a colleague's typing shows up live without moving the caret.
 */
export function SharedTextArea({ doc, cardId, label, disabled }: SharedTextAreaProps) {
  const text = useMemo(() => sharedText(doc, 'cards', cardId, 'description'), [doc, cardId]);
  const [value, setValue] = useState(() => text?.value() ?? '');
  const ref = useRef<HTMLTextAreaElement>(null);
  // The caret as positions in the shared text, taken before a remote edit arrives.
  const caret = useRef<{ start: unknown; end: unknown } | null>(null);
  const rememberCaret = () => {
    const el = ref.current;
    if (text && el)
      caret.current = { start: text.anchor(el.selectionStart), end: text.anchor(el.selectionEnd) };
  };

  useEffect(() => {
    if (!text) return;
    setValue(text.value());
    return text.observe((next) => {
      const el = ref.current;
      const saved = caret.current;
      if (el && saved && document.activeElement === el) {
        const start = saved.start;
        const end = saved.end;
        setValue(next);
        requestAnimationFrame(() => {
          el.setSelectionRange(
            text.resolve(start) ?? next.length,
            text.resolve(end) ?? next.length,
          );
        });
      } else {
        setValue(next);
      }
    });
  }, [text]);

  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
      {label}
      <textarea
        ref={ref}
        value={value}
        rows={4}
        disabled={disabled || !text}
        placeholder="What happens here, and what do we know about it?"
        onChange={(e) => {
          setValue(e.target.value);
          text?.edit(e.target.value);
          rememberCaret();
        }}
        onSelect={rememberCaret}
        className="w-full resize-y rounded-md border border-slate-300 px-2.5 py-1.5 font-normal text-slate-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none disabled:bg-slate-100"
      />
    </label>
  );
}
