import { ModalDialog } from '../ui/ModalDialog.tsx';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type LinkRole, type ShareLink } from '../api/client.ts';
import { relativeTime } from '../ui/relativeTime.ts';
import { EmbedTab } from './EmbedTab.tsx';
import { TokensSection } from './TokensSection.tsx';
import { WebhooksSection } from './WebhooksSection.tsx';

const ROLES: { role: LinkRole; what: string }[] = [
  { role: 'editor', what: 'can change the map' },
  { role: 'commenter', what: 'can comment, nothing else' },
  { role: 'viewer', what: 'can look, nothing else' },
];

type Tab = 'links' | 'embed' | 'integrations';
const TABS: { tab: Tab; label: string }[] = [
  { tab: 'links', label: 'Links' },
  { tab: 'embed', label: 'Embed' },
  { tab: 'integrations', label: 'Integrations' },
];

/** Share links by role (create: the token is shown once; list; revoke) and embed codes. */
export function ShareDialog(props: { mapId: string; title: string; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<Tab>('links');
  // Arrow keys move between tabs, as the ARIA tabs pattern has it.
  const step = (key: string) => {
    if (key !== 'ArrowRight' && key !== 'ArrowLeft') return;
    const at = TABS.findIndex((t) => t.tab === tab) + (key === 'ArrowRight' ? 1 : -1);
    const next = TABS[(at + TABS.length) % TABS.length]!.tab;
    setTab(next);
    document.getElementById(`share-tab-${next}`)?.focus();
  };
  return (
    <ModalDialog ref={ref} title="Share this map" width="w-[34rem]" onClose={props.onClose}>
      <div role="tablist" aria-label="Share" className="flex gap-1 border-b border-slate-200">
        {TABS.map(({ tab: t, label }) => (
          <button
            key={t}
            id={`share-tab-${t}`}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls={`share-panel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
            onKeyDown={(e) => step(e.key)}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-semibold ${
              tab === t
                ? 'border-indigo-600 text-indigo-700'
                : 'border-transparent text-slate-600 hover:text-slate-900'
            }`}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        id={`share-panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`share-tab-${tab}`}
        className="flex flex-col gap-4"
      >
        {tab === 'links' && <LinksTab mapId={props.mapId} />}
        {tab === 'embed' && <EmbedTab mapId={props.mapId} title={props.title} />}
        {tab === 'integrations' && (
          <>
            <TokensSection mapId={props.mapId} />
            <WebhooksSection mapId={props.mapId} />
          </>
        )}
      </div>
    </ModalDialog>
  );
}

function LinksTab({ mapId }: { mapId: string }) {
  const [links, setLinks] = useState<ShareLink[]>([]);
  const [fresh, setFresh] = useState<{ role: LinkRole; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  // Past versions may hold what was deleted before the link was shared: opt-in.
  const [withHistory, setWithHistory] = useState(false);

  const reload = useCallback(
    () => api.listLinks(mapId).then(setLinks, (e: Error) => setError(e.message)),
    [mapId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const create = async (role: LinkRole) => {
    setError(null);
    try {
      const link = await api.createLink(mapId, role, withHistory);
      setFresh({ role, url: new URL(link.url, window.location.origin).href });
      setCopied(false);
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const revoke = async (link: ShareLink) => {
    try {
      await api.revokeLink(mapId, link.id);
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <>
      <p className="text-slate-600">
        Anyone with a link joins without an account, with the rights of its role.
      </p>
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          checked={withHistory}
          onChange={(e) => setWithHistory(e.target.checked)}
          className="mt-0.5 size-4 accent-indigo-600"
        />
        <span>
          <span className="font-medium text-slate-900">Include version history</span> for new
          commenter and viewer links. Past versions may show what was deleted before you share;
          editor links always include it.
        </span>
      </label>
      <div className="grid grid-cols-3 gap-2">
        {ROLES.map(({ role, what }) => (
          <button
            key={role}
            type="button"
            onClick={() => void create(role)}
            className="flex flex-col items-start rounded-lg p-3 text-left ring-1 ring-slate-200 hover:bg-indigo-50 hover:ring-indigo-300"
          >
            <span className="font-semibold text-slate-900">Create {role} link</span>
            <span id={`share-${role}-what`} className="text-sm text-slate-600">
              {what}
            </span>
          </button>
        ))}
      </div>
      {fresh && (
        <div className="flex flex-col gap-2 rounded-lg bg-indigo-50 p-3">
          <label className="text-sm font-medium text-indigo-900" htmlFor="fresh-link">
            New {fresh.role} link — copy it now, it is shown only once
          </label>
          <div className="flex gap-2">
            <input
              id="fresh-link"
              readOnly
              value={fresh.url}
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 rounded-md border border-indigo-200 bg-white px-2 py-1.5 font-mono text-sm"
            />
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard?.writeText(fresh.url).then(() => setCopied(true))
              }
              className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700"
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <section aria-labelledby="links-heading" className="flex flex-col gap-2">
        <h3
          id="links-heading"
          className="text-sm font-semibold tracking-wide text-slate-500 uppercase"
        >
          Active links
        </h3>
        {links.length === 0 && <p className="text-slate-500">No links yet.</p>}
        <ul className="flex flex-col gap-1">
          {links.map((link) => (
            <li
              key={link.id}
              className="flex items-center gap-3 rounded-md px-2 py-1.5 hover:bg-slate-50"
            >
              <span className="w-24 font-medium text-slate-800 capitalize">{link.role}</span>
              <span className="text-sm text-slate-500">
                created {relativeTime(link.createdAt)}
                {link.history && link.role !== 'editor' ? ' · with history' : ''}
              </span>
              <button
                type="button"
                onClick={() => void revoke(link)}
                className="ml-auto rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50"
              >
                Revoke {link.role} link
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
