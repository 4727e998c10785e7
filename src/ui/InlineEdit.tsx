import { useState, type KeyboardEvent } from 'react';

interface InlineEditProps {
  label: string;
  initial: string;
  multiline?: boolean;
  className?: string;
  onCommit(value: string): void;
  onCancel(): void;
}

/**
 * A text field that edits a name in place: Enter (or leaving the field) saves,
 * Escape cancels. Marked `nodrag nopan` so the canvas leaves typing alone.
 */
export function InlineEdit({
  label,
  initial,
  multiline,
  className,
  onCommit,
  onCancel,
}: InlineEditProps) {
  const [value, setValue] = useState(initial);
  const commit = () => {
    const trimmed = value.trim();
    if (trimmed && trimmed !== initial) onCommit(trimmed);
    else onCancel();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };
  const common = {
    'aria-label': label,
    autoFocus: true,
    value,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      e.currentTarget.select(),
    onBlur: commit,
    onKeyDown,
    className: `nodrag nopan nowheel w-full rounded-md border border-indigo-400 bg-white px-2 py-1 text-slate-900 outline-none ring-2 ring-indigo-200 ${className ?? ''}`,
  };
  return multiline ? (
    <textarea {...common} rows={2} onChange={(e) => setValue(e.target.value)} />
  ) : (
    <input {...common} onChange={(e) => setValue(e.target.value)} />
  );
}
