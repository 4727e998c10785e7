/** Today as YYYY-MM-DD in the viewer's time zone. */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** "today", "yesterday", "12 days ago" for a YYYY-MM-DD date. */
export function daysAgo(date: string, now = new Date()): string {
  const days = Math.round((Date.parse(today(now)) - Date.parse(date)) / 86_400_000);
  if (!Number.isFinite(days)) return '';
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

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
