import { useState } from 'react';
import type { KpiData } from '../doc/index.ts';
import { pushSnippet } from './pushSnippet.ts';

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={label}
      onClick={() =>
        void navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
      className="shrink-0 rounded-md px-2 py-1 text-xs font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-500"
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

/** How a data pipeline sets this KPI: its id and a `curl` command to copy. */
export function KpiWiring({ kpi, mapId }: { kpi: KpiData; mapId: string }) {
  const snippet = pushSnippet(window.location.origin, mapId, kpi.id);
  const name = kpi.name || 'this KPI';
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-slate-700">Push from a pipeline</summary>
      <div className="mt-2 flex flex-col gap-2">
        <div className="flex items-center gap-2">
          <span className="text-slate-600">KPI id</span>
          <code className="min-w-0 flex-1 truncate rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-900">
            {kpi.id}
          </code>
          <CopyButton text={kpi.id} label={`Copy the id of ${name}`} />
        </div>
        <div className="flex items-start gap-2">
          <pre
            aria-label={`curl command that pushes a value of ${name}`}
            className="min-w-0 flex-1 overflow-x-auto rounded bg-slate-900 p-2 font-mono text-[11px] leading-snug text-slate-100"
          >
            {snippet}
          </pre>
          <CopyButton text={snippet} label={`Copy the curl command for ${name}`} />
        </div>
        <p className="text-xs text-slate-500">
          $TRAILMAP_TOKEN is an editor link’s token or the workspace key. Values outside the valid
          range are refused with status 400.
        </p>
      </div>
    </details>
  );
}
