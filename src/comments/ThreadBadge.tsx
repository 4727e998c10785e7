/** A speech bubble with the number of open comment threads on a card or stage. */
export function ThreadBadge({ count }: { count: number }) {
  if (count === 0) return null;
  const label = `${count} open comment thread${count === 1 ? '' : 's'}`;
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className="inline-flex shrink-0 items-center gap-0.5 rounded-full bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900"
    >
      <svg width="12" height="12" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
        <path d="M4 4h16v12H8l-4 4Z" />
      </svg>
      {count}
    </span>
  );
}
