import { useState } from 'react';

/** One text box of an AddForm. */
export interface AddField<Name extends string> {
  name: Name;
  /** The accessible name. */
  label: string;
  placeholder: string;
  /** Nothing is added while this is blank. */
  required?: boolean;
}

export interface AddFormProps<Name extends string> {
  fields: readonly AddField<Name>[];
  submitLabel: string;
  /** `stacked`: boxes under each other on a tinted card; `inline`: one row with the button. */
  layout: 'stacked' | 'inline';
  /** Called with every value trimmed; the boxes empty afterwards. */
  onAdd(values: Record<Name, string>): void;
}

const LOOK = {
  stacked: {
    form: 'flex flex-col gap-2 rounded-lg bg-slate-50 p-3',
    input: 'rounded-md border border-slate-300 px-2.5 py-1.5',
    button: 'self-end',
  },
  inline: {
    form: 'flex gap-2',
    input: 'min-w-0 flex-1 rounded-md border border-slate-300 px-2.5 py-1.5',
    button: '',
  },
};

/** A few text boxes and an "Add …" button that creates an item from them. */
export function AddForm<Name extends string>({
  fields,
  submitLabel,
  layout,
  onAdd,
}: AddFormProps<Name>) {
  const empty = () => Object.fromEntries(fields.map((f) => [f.name, ''])) as Record<Name, string>;
  const [values, setValues] = useState(empty);
  const look = LOOK[layout];
  return (
    <form
      className={look.form}
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = Object.fromEntries(
          fields.map((f) => [f.name, values[f.name].trim()]),
        ) as Record<Name, string>;
        if (fields.some((f) => f.required && !trimmed[f.name])) return;
        onAdd(trimmed);
        setValues(empty());
      }}
    >
      {fields.map((field) => (
        <input
          key={field.name}
          aria-label={field.label}
          placeholder={field.placeholder}
          value={values[field.name]}
          onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
          className={look.input}
        />
      ))}
      <button
        type="submit"
        className={`${look.button} rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700`}
      >
        {submitLabel}
      </button>
    </form>
  );
}
