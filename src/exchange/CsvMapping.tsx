import { EMOTION_LABELS } from '../ui/Face.tsx';
import { CSV_FIELDS, FIELD_LABELS, REQUIRED_FIELDS, type ColumnMapping } from './csvColumns.ts';
import type { CsvImportResult } from './csvImport.ts';
import { CSV_LEAVES_OUT_SENTENCE } from './csvScope.ts';

const PREVIEW_ROWS = 8;
const SHOWN_WARNINGS = 8;

const select =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none';

/** One select per card field: which column of the file holds it. */
export function ColumnSelects({
  headers,
  mapping,
  onChange,
}: {
  headers: string[];
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-semibold text-slate-700">
        Columns <span className="font-normal text-slate-500">(guessed from the headers)</span>
      </legend>
      <div className="grid grid-cols-3 gap-x-3 gap-y-2">
        {CSV_FIELDS.map((field) => {
          const required = REQUIRED_FIELDS.includes(field);
          return (
            <label key={field} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
              <span>
                {FIELD_LABELS[field]} column{required && <span className="text-red-700"> *</span>}
              </span>
              <select
                aria-label={`${FIELD_LABELS[field]} column`}
                value={mapping[field] ?? ''}
                onChange={(e) =>
                  onChange({
                    ...mapping,
                    [field]: e.target.value === '' ? null : Number(e.target.value),
                  })
                }
                className={`${select} ${required && mapping[field] === null ? 'border-red-400' : ''}`}
              >
                <option value="">{required ? 'Choose a column…' : '(none)'}</option>
                {headers.map((header, i) => (
                  <option key={i} value={i}>
                    {header}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the file will become: counts, the first cards as read, and what was skipped. */
export function CsvPreview({ result }: { result: CsvImportResult }) {
  const { map, cards, warnings } = result;
  const personas = map.personas.map((p) => p.name);
  return (
    <section aria-label="Preview" className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">
        Creates {plural(map.stages.length, 'stage')}, {plural(map.lanes.length, 'lane')},{' '}
        {plural(map.cards.length, 'card')} and {plural(map.people.length, 'person', 'people')}.
      </p>
      <p role="note" className="rounded-lg bg-sky-50 p-3 text-sm text-sky-900 ring-1 ring-sky-200">
        {CSV_LEAVES_OUT_SENTENCE} For a full copy of a map, export it as JSON and import that.
      </p>
      <p className="text-sm text-slate-600">
        <span className="font-medium text-slate-700">Stages: </span>
        {map.stages.map((s) => s.name).join(' → ')}
      </p>
      <div className="max-h-56 overflow-auto rounded-lg ring-1 ring-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">The first cards as they will be imported</caption>
          <thead className="sticky top-0 bg-slate-50 text-xs text-slate-500">
            <tr>
              {[
                'Row',
                'Stage',
                'Lane',
                'Kind',
                'Title',
                'Owner',
                ...personas.map((p) => `Emotion (${p})`),
              ].map((h) => (
                <th key={h} scope="col" className="px-2 py-1.5 font-semibold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cards.slice(0, PREVIEW_ROWS).map(({ line, stage, lane, card }) => (
              <tr key={line} className="border-t border-slate-100">
                <td className="px-2 py-1 text-slate-400 tabular-nums">{line}</td>
                <td className="px-2 py-1">{stage}</td>
                <td className="px-2 py-1">{lane}</td>
                <td className="px-2 py-1">{card.kind}</td>
                <td className="max-w-48 truncate px-2 py-1 font-medium text-slate-900">
                  {card.title}
                </td>
                <td className="px-2 py-1">{card.owner}</td>
                {personas.map((p, i) => {
                  const score = card.emotions[i];
                  return (
                    <td key={p + i} className="px-2 py-1">
                      {score === undefined ? '' : EMOTION_LABELS[score]}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cards.length > PREVIEW_ROWS && (
        <p className="text-xs text-slate-500">
          and {plural(cards.length - PREVIEW_ROWS, 'more card')}.
        </p>
      )}
      {warnings.length > 0 && (
        <div className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          <p className="font-semibold">
            {plural(warnings.length, 'note')} on the file; everything else imports as shown.
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {warnings.slice(0, SHOWN_WARNINGS).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
          {warnings.length > SHOWN_WARNINGS && (
            <p className="mt-1">and {warnings.length - SHOWN_WARNINGS} more.</p>
          )}
        </div>
      )}
    </section>
  );
}
