import { useCallback, useEffect, useState } from 'react';
import { integrations, type IntegrationToken, type TokenScope } from '../api/integrations.ts';
import { relativeTime } from '../ui/relativeTime.ts';

const SCOPES: { scope: TokenScope; what: string }[] = [
  { scope: 'read', what: 'Read only' },
  { scope: 'kpis', what: 'Push KPI values' },
  { scope: 'content', what: 'Edit cards, stages, actions' },
];

const field =
  'rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none';

/** API tokens for pipelines and tools: made with a scope, shown once, listed, revoked. */
export function TokensSection({ mapId }: { mapId: string }) {
  const [tokens, setTokens] = useState<IntegrationToken[]>([]);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [fresh, setFresh] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(
    () => integrations.tokens(mapId).then(setTokens, (e: Error) => setError(e.message)),
    [mapId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const create = async () => {
    setError(null);
    try {
      const made = await integrations.createToken(mapId, name.trim(), scope);
      setFresh(made.token);
      setName('');
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section aria-labelledby="tokens-heading" className="flex flex-col gap-2">
      <h3
        id="tokens-heading"
        className="text-sm font-semibold tracking-wide text-slate-500 uppercase"
      >
        API tokens
      </h3>
      <div className="flex gap-2">
        <input
          aria-label="Token name"
          placeholder="e.g. Data warehouse"
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
          className={`${field} min-w-0 flex-1`}
        />
        <select
          aria-label="Token scope"
          value={scope}
          onChange={(e) => setScope(e.target.value as TokenScope)}
          className={field}
        >
          {SCOPES.map((s) => (
            <option key={s.scope} value={s.scope}>
              {s.what}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!name.trim()}
          onClick={() => void create()}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
        >
          Create token
        </button>
      </div>
      {fresh && (
        <label className="flex flex-col gap-1 rounded-lg bg-indigo-50 p-3 text-sm font-medium text-indigo-900">
          New token — copy it now, it is shown only once
          <input
            readOnly
            value={fresh}
            onFocus={(e) => e.currentTarget.select()}
            className={`${field} font-mono`}
          />
        </label>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-500">No tokens yet.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {tokens.map((t) => (
            <li
              key={t.id}
              className="flex items-center gap-3 rounded-md px-2 py-1.5 text-sm hover:bg-slate-50"
            >
              <span className="font-medium text-slate-800">{t.name}</span>
              <span className="text-slate-500">
                {t.scope} · {t.lastUsedAt ? `used ${relativeTime(t.lastUsedAt)}` : 'never used'}
              </span>
              <button
                type="button"
                onClick={() => void integrations.revokeToken(mapId, t.id).then(reload)}
                className="ml-auto rounded-md px-2 py-1 font-medium text-red-700 hover:bg-red-50"
              >
                Revoke {t.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
