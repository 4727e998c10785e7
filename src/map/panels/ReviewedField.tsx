import { daysAgo, today } from '../../ui/dates.ts';

/** When a card was last checked against reality, with a one-click "reviewed today". */
export function ReviewedField({
  value,
  disabled,
  onChange,
}: {
  value: string | null;
  disabled: boolean;
  onChange(value: string | null): void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Last reviewed
        <input
          type="date"
          value={value ?? ''}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value || null)}
          className="rounded-md border border-slate-300 px-2.5 py-1.5 font-normal text-slate-900 focus:border-indigo-500 focus:outline-none disabled:bg-slate-100"
        />
      </label>
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="text-slate-500">
          {value ? `Reviewed ${daysAgo(value)}` : 'Never reviewed'}
        </span>
        <button
          type="button"
          disabled={disabled || value === today()}
          onClick={() => onChange(today())}
          className="rounded-md px-2 py-1 font-medium text-indigo-700 hover:bg-indigo-50 disabled:text-slate-400 disabled:hover:bg-transparent"
        >
          Mark reviewed today
        </button>
      </div>
    </div>
  );
}
