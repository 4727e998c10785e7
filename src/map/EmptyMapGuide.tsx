import { useState } from 'react';

/**
 * What a newcomer sees on a map with no cards: the four moves that build a journey map.
 * Placed under the blank map's few stages (it leaves them visible) and dismissable.
 */
export function EmptyMapGuide() {
  const [closed, setClosed] = useState(false);
  if (closed) return null;
  return (
    <section
      aria-labelledby="empty-map-guide"
      className="absolute bottom-6 left-1/2 z-20 w-[min(560px,calc(100%-2rem))] -translate-x-1/2 rounded-2xl bg-white p-5 shadow-xl ring-1 ring-slate-200"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id="empty-map-guide" className="text-lg font-semibold text-slate-900">
          Start your journey map
        </h2>
        <button
          type="button"
          onClick={() => setClosed(true)}
          className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          Got it
        </button>
      </div>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700">
        <li>
          <strong>Add a card:</strong> click “Add card” in any cell (or Tab to it and press Enter).
        </li>
        <li>
          <strong>Add a stage:</strong> “Add stage” sits right of the last stage; select a name and
          press Enter to rename it.
        </li>
        <li>
          <strong>Add a lane:</strong> “Add lane” sits under the last lane.
        </li>
        <li>
          <strong>Move cards:</strong> drag a card to another cell; press F to see the whole map.
        </li>
      </ol>
    </section>
  );
}
