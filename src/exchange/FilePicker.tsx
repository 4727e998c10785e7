import type { ChangeEvent, RefObject } from 'react';

/** A file input with its label and a line on what the file should be. */
export function FilePicker(props: {
  id: string;
  label: string;
  about: string;
  accept: string;
  input: RefObject<HTMLInputElement | null>;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
}) {
  return (
    <div className="flex flex-col gap-1.5 rounded-lg p-3 ring-1 ring-slate-200">
      <label htmlFor={props.id} className="text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <p id={`${props.id}-about`} className="text-xs text-slate-500">
        {props.about}
      </p>
      <input
        id={props.id}
        ref={props.input}
        type="file"
        accept={props.accept}
        aria-describedby={`${props.id}-about`}
        onChange={props.onChange}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-indigo-50 file:px-3 file:py-1.5 file:font-medium file:text-indigo-800 hover:file:bg-indigo-100"
      />
    </div>
  );
}
