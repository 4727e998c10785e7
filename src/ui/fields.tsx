import { useId, useState, type ReactNode } from 'react';

/* Form controls for side panels: labelled, keyboard-friendly, saving on commit. */

const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-slate-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none disabled:bg-slate-100 disabled:text-slate-500';

export function Field({
  label,
  children,
  hint,
}: {
  label: string;
  children: ReactNode;
  hint?: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
      {label}
      {children}
      {hint && <span className="text-xs font-normal text-slate-500">{hint}</span>}
    </label>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  placeholder?: string;
  disabled?: boolean;
  type?: 'text' | 'number' | 'date';
}

/** A text input that writes on Enter or blur, not on every keystroke. */
export function TextField({
  label,
  value,
  onCommit,
  placeholder,
  disabled,
  type = 'text',
}: TextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <Field label={label}>
      <input
        type={type}
        value={draft ?? value}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
        className={inputClass}
      />
    </Field>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  disabled?: boolean;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
}: SelectFieldProps<T>) {
  return (
    <Field label={label}>
      <select
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as T)}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface SegmentedProps<T extends string | number> {
  label: string;
  value: T | null;
  options: readonly { value: T; label: string; content?: ReactNode }[];
  onChange(value: T): void;
  disabled?: boolean;
}

/** A row of radio buttons that reads as one control. */
export function Segmented<T extends string | number>({
  label,
  value,
  options,
  onChange,
  disabled,
}: SegmentedProps<T>) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-medium text-slate-700" id={id}>
        {label}
      </span>
      <div role="radiogroup" aria-labelledby={id} className="flex rounded-lg bg-slate-100 p-0.5">
        {options.map((o) => (
          <button
            key={String(o.value)}
            type="button"
            role="radio"
            aria-checked={value === o.value}
            aria-label={o.content ? o.label : undefined}
            title={o.label}
            disabled={disabled}
            onClick={() => onChange(o.value)}
            className={`flex flex-1 items-center justify-center rounded-md px-2 py-1 text-sm transition-colors focus-visible:outline-2 focus-visible:outline-indigo-500 ${
              value === o.value
                ? 'bg-white font-semibold text-slate-900 shadow-sm'
                : 'text-slate-600 hover:text-slate-900'
            }`}
          >
            {o.content ?? o.label}
          </button>
        ))}
      </div>
    </div>
  );
}

export { inputClass };

/** A titled group for a control that is not a plain input (e.g. a picker button). */
export function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="flex flex-col gap-1">
      <span className="text-sm font-medium text-slate-700" aria-hidden="true">
        {label}
      </span>
      {children}
    </div>
  );
}
