import { useId, useRef, useState, type DragEvent } from 'react';
import { setObservedSet } from '../doc/index.ts';
import { useMapDoc } from '../editor/MapContext.tsx';
import { OBSERVATION_SET_TYPE, uploadLog } from './api.ts';
import type { ObservationData } from './log/types.ts';
import { COLUMN_ROLES, REQUIRED_ROLES, type ColumnChoice, type ColumnRole } from './log/columns.ts';
import { useObserved } from './ObservedContext.tsx';
import { parseInWorker } from './parseInWorker.ts';
import { readHead, type FileHead } from './readHeader.ts';

/*
 * Importing an event log: pick or drop a file (CSV or XES, gzip or not), check the columns
 * of a CSV, name the set; the file is parsed in a Web Worker (the page stays responsive) with
 * a progress bar and a Cancel button, and only its figures are sent. On success the new set
 * is shown on the map for everyone.
 */

const ROLE_LABELS: Record<ColumnRole, string> = {
  case: 'Case id',
  activity: 'Activity',
  timestamp: 'Timestamp',
  channel: 'Channel',
  resource: 'Resource',
  lifecycle: 'Lifecycle',
};

const baseName = (name: string) => name.replace(/(\.(csv|xes))?(\.gz)?$/i, '');

const progressText = (phase: 'reading' | 'saving', share: number) =>
  phase === 'reading' ? `${Math.round(share * 100)}% read` : 'Saving…';

type Step =
  | { kind: 'idle' }
  | { kind: 'ready'; file: File; head: FileHead }
  | { kind: 'sending'; file: File; phase: 'reading' | 'saving'; sent: number; cancel(): void };

export function ImportLog() {
  const observed = useObserved()!;
  const doc = useMapDoc();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [columns, setColumns] = useState<ColumnChoice>({});
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    try {
      const head = await readHead(file);
      setColumns(head.guessed);
      setName(baseName(file.name));
      setStep({ kind: 'ready', file, head });
    } catch (e) {
      setError((e as Error).message);
      setStep({ kind: 'idle' });
    }
  };

  const send = (file: File, head: FileHead) => {
    const progress = (phase: 'reading' | 'saving', sent: number) =>
      setStep((s) => (s.kind === 'sending' ? { ...s, phase, sent } : s));
    let cancel = () => {};
    const parsing = parseInWorker(
      file,
      { format: head.format, columns: head.format === 'csv' ? columns : {} },
      (share) => progress('reading', share),
    );
    cancel = parsing.cancel;
    setStep({ kind: 'sending', file, phase: 'reading', sent: 0, cancel: () => cancel() });
    parsing.done
      .then((parsed) => {
        const upload = uploadLog(
          observed.mapId,
          parsed.body,
          {
            name,
            source: file.name,
            columns: {},
            participant: observed.participant,
            contentType: OBSERVATION_SET_TYPE,
          },
          (sent) => progress('saving', sent),
        );
        cancel = upload.cancel;
        progress('saving', 0);
        return upload.done.then((summary) => ({ summary, body: parsed.body }));
      })
      .then(
        ({ summary, body }) => {
          // Shown at once from the figures at hand; colleagues download them.
          const { data } = JSON.parse(new TextDecoder().decode(body)) as { data: ObservationData };
          observed.adopt({ ...summary, data });
          setObservedSet(doc, summary.id);
          observed.refresh();
          setStep({ kind: 'idle' });
          if (input.current) input.current.value = '';
        },
        (e: Error) => {
          setError(e.message);
          setStep({ kind: 'ready', file, head });
        },
      );
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void choose(e.dataTransfer.files[0]);
  };

  const missing =
    step.kind === 'ready' && step.head.format === 'csv'
      ? REQUIRED_ROLES.filter((r) => !columns[r])
      : [];

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        Import an event log
      </h3>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex flex-col gap-1.5 rounded-lg border-2 border-dashed p-3 ${dragging ? 'border-teal-600 bg-teal-50' : 'border-slate-300'}`}
      >
        <label htmlFor={`${id}-file`} className="text-sm font-medium text-slate-800">
          Event log file
        </label>
        <p id={`${id}-about`} className="text-xs text-slate-600">
          CSV (one row per event: case id, activity, timestamp) or XES, also as .gz — choose one or
          drop it here.
        </p>
        <input
          id={`${id}-file`}
          ref={input}
          type="file"
          accept=".csv,.xes,.gz,.txt,text/csv,application/xml"
          aria-describedby={`${id}-about`}
          disabled={step.kind === 'sending'}
          onChange={(e) => void choose(e.target.files?.[0])}
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-teal-50 file:px-3 file:py-1.5 file:font-medium file:text-teal-900 hover:file:bg-teal-100"
        />
      </div>
      {step.kind !== 'idle' && (
        <div className="flex flex-col gap-2 rounded-lg p-3 ring-1 ring-slate-200">
          <p className="text-sm text-slate-700">
            <span className="font-medium">{step.file.name}</span> ·{' '}
            {step.kind === 'ready' ? step.head.format.toUpperCase() : 'importing'}
            {step.kind === 'ready' && step.head.gzip ? ' (gzip)' : ''}
          </p>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium text-slate-800">Name of the set</span>
            <input
              value={name}
              maxLength={120}
              disabled={step.kind === 'sending'}
              onChange={(e) => setName(e.target.value)}
              className="h-9 rounded-md border border-slate-300 px-2"
            />
          </label>
          {step.kind === 'ready' && step.head.format === 'csv' && (
            <fieldset className="grid grid-cols-2 gap-2">
              <legend className="mb-1 text-sm font-medium text-slate-800">Columns</legend>
              {COLUMN_ROLES.map((role) => (
                <label key={role} className="flex flex-col gap-0.5 text-xs text-slate-700">
                  {ROLE_LABELS[role]}
                  {REQUIRED_ROLES.includes(role) ? '' : ' (optional)'}
                  <select
                    value={columns[role] ?? ''}
                    onChange={(e) =>
                      setColumns({ ...columns, [role]: e.target.value || undefined })
                    }
                    className="h-8 rounded-md border border-slate-300 bg-white px-1 text-sm"
                  >
                    <option value="">{REQUIRED_ROLES.includes(role) ? 'Choose…' : 'None'}</option>
                    {step.head.header.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          {step.kind === 'sending' ? (
            <div className="flex items-center gap-2">
              <div
                role="progressbar"
                aria-label="Import progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(step.sent * 100)}
                aria-valuetext={progressText(step.phase, step.sent)}
                className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
              >
                <div
                  className="h-full bg-teal-600 transition-[width]"
                  style={{ width: `${step.sent * 100}%` }}
                />
              </div>
              <span className="w-24 text-xs text-slate-600">
                {progressText(step.phase, step.sent)}
              </span>
              <button
                type="button"
                onClick={() => step.cancel()}
                className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
              >
                Cancel
              </button>
            </div>
          ) : (
            <div className="flex items-center gap-2">
              <button
                type="button"
                disabled={missing.length > 0 || name.trim() === ''}
                onClick={() => send(step.file, step.head)}
                className="rounded-md bg-teal-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-teal-800 disabled:bg-slate-300"
              >
                Import
              </button>
              <button
                type="button"
                onClick={() => {
                  setStep({ kind: 'idle' });
                  setError(null);
                  if (input.current) input.current.value = '';
                }}
                className="rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
              >
                Cancel
              </button>
              {missing.length > 0 && (
                <span className="text-xs text-slate-600">
                  Choose the {missing.join(', ')} column
                </span>
              )}
            </div>
          )}
        </div>
      )}
      {error && (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-2 text-sm text-red-800 ring-1 ring-red-200"
        >
          {error}
        </p>
      )}
    </section>
  );
}
