import { useId, type ReactNode } from 'react';
import type { JobState } from './useExportJob.ts';

/* The pieces of the export dialog. */

/** A titled group of export choices. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

/** One export: a large button with a line on what the file is for. */
export function Choice({
  label,
  about,
  disabled,
  onClick,
}: {
  label: string;
  about: string;
  disabled: boolean;
  onClick(): void;
}) {
  const id = useId();
  return (
    <button
      type="button"
      aria-label={label}
      aria-describedby={id}
      disabled={disabled}
      onClick={onClick}
      className="flex flex-col items-start gap-0.5 rounded-lg p-3 text-left ring-1 ring-slate-200 hover:bg-indigo-50 hover:ring-indigo-300 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-50 disabled:hover:bg-transparent"
    >
      <span className="font-semibold text-slate-900">{label}</span>
      <span id={id} className="text-sm text-slate-500">
        {about}
      </span>
    </button>
  );
}

/** Progress while an export renders, then what was saved, or why it failed. */
export function JobStatus({ state }: { state: JobState }) {
  return (
    <div className="flex min-h-6 flex-col gap-2">
      {state.status === 'running' && (
        <progress
          aria-label="Export progress"
          className="h-1.5 w-full overflow-hidden rounded-full accent-indigo-600"
          {...(state.progress === null ? {} : { value: state.progress, max: 1 })}
        />
      )}
      <p role="status" className="text-sm text-slate-600">
        {state.status === 'running' ? state.label : state.status === 'done' ? state.message : ''}
      </p>
      {state.status === 'failed' && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
    </div>
  );
}
