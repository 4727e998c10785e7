interface CommitFieldProps {
  /** The accessible name. */
  label: string;
  /** The shared value; when a colleague changes it, the field shows theirs. */
  value: string;
  placeholder?: string;
  disabled: boolean;
  /** A blank entry is dropped instead of saved. */
  required?: boolean;
  /** A text area of this many rows, whose text is saved as typed (not trimmed). */
  rows?: number;
  className: string;
  onCommit(value: string): void;
}

/**
 * A text field of a list item that saves when it loses focus, so typing does not write to
 * the map on every key. Keyed by the shared value: an edit from elsewhere replaces the text.
 */
export function CommitField({
  label,
  value,
  placeholder,
  disabled,
  required = false,
  rows,
  className,
  onCommit,
}: CommitFieldProps) {
  const shared = { 'aria-label': label, defaultValue: value, placeholder, disabled, className };
  if (rows)
    return (
      <textarea key={value} {...shared} rows={rows} onBlur={(e) => onCommit(e.target.value)} />
    );
  return (
    <input
      key={value}
      {...shared}
      onBlur={(e) => {
        const text = e.target.value.trim();
        if (text || !required) onCommit(text);
      }}
    />
  );
}
