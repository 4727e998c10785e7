import { useEffect, useState } from 'react';
import { onRestore, type RestoreMark } from '../doc/index.ts';
import { useMapDoc } from '../editor/MapContext.tsx';

/** How long the notice stays unless dismissed. */
const SHOWN_MS = 30_000;

/**
 * Tells everyone on the map that someone restored a version, as it happens (the mark arrives
 * with the restore itself, on every process). What was restored before the map opened is in
 * History, not announced.
 */
export function RestoreNotice() {
  const doc = useMapDoc();
  const [mark, setMark] = useState<RestoreMark | null>(null);
  useEffect(() => onRestore(doc, setMark), [doc]);
  useEffect(() => {
    if (!mark) return;
    const hide = setTimeout(() => setMark(null), SHOWN_MS);
    return () => clearTimeout(hide);
  }, [mark]);
  if (!mark) return null;
  const at = new Date(mark.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <div
      role="status"
      className="flex items-center gap-3 rounded-lg bg-slate-900 py-2 pr-2 pl-4 text-base text-white shadow-lg"
    >
      <span>
        <strong className="font-semibold">{mark.by}</strong> restored “{mark.version}” at {at}. The
        version before it is kept in History.
      </span>
      <button
        type="button"
        onClick={() => setMark(null)}
        aria-label="Dismiss the restore notice"
        className="rounded-md px-2 py-1 text-slate-200 hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-white"
      >
        ✕
      </button>
    </div>
  );
}
