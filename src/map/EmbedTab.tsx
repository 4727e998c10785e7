import { useState } from 'react';
import { api } from '../api/client.ts';

/** The `<iframe>` that shows the map live and read-only on another page. */
export function embedSnippet(origin: string, mapId: string, token: string, title: string): string {
  const src = `${origin}/embed/${encodeURIComponent(mapId)}?token=${encodeURIComponent(token)}`;
  const name = title.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<iframe src="${src}" title="${name}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

/**
 * The Share dialog's Embed tab: makes a viewer link for the embed and gives its iframe code.
 * Revoking that link (Links tab) switches the embed off.
 */
export function EmbedTab({ mapId, title }: { mapId: string; title: string }) {
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const create = async () => {
    setError(null);
    try {
      const link = await api.createLink(mapId, 'viewer');
      setCode(embedSnippet(window.location.origin, mapId, link.token, title));
      setCopied(false);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-slate-600">
        Show this map, live and read-only, in Confluence, Notion or an intranet page. The embed
        follows every edit and fits its frame.
      </p>
      <button
        type="button"
        onClick={() => void create()}
        className="self-start rounded-lg bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        Create embed code
      </button>
      {code && (
        <div className="flex flex-col gap-2 rounded-lg bg-indigo-50 p-3">
          <label htmlFor="embed-code" className="text-sm font-medium text-indigo-900">
            Embed code — copy it now; it holds a viewer link that is shown only once
          </label>
          <textarea
            id="embed-code"
            readOnly
            rows={4}
            value={code}
            onFocus={(e) => e.currentTarget.select()}
            className="rounded-md border border-indigo-200 bg-white px-2 py-1.5 font-mono text-xs text-slate-900"
          />
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(code).then(() => setCopied(true))}
            className="self-end rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700"
          >
            {copied ? 'Copied' : 'Copy embed code'}
          </button>
          <p className="text-sm text-indigo-900">
            To switch the embed off, revoke its viewer link on the Links tab.
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
