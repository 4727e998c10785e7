import { useState } from 'react';
import { saveWorkspaceKey } from '../api/credentials.ts';

/** Shown when this browser holds no valid workspace key. */
export function SignIn({ rejected, onSignedIn }: { rejected: boolean; onSignedIn(): void }) {
  const [key, setKey] = useState('');
  return (
    <form
      className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        if (!key.trim()) return;
        saveWorkspaceKey(key);
        onSignedIn();
      }}
    >
      <h2 className="text-lg font-semibold text-slate-900">Sign in to this workspace</h2>
      <p className="text-slate-600">
        Open the sign-in link the server printed when it started (it ends in <code>?key=…</code>),
        or paste the workspace key here. Invited by a share link? Open that link instead.
      </p>
      {rejected && (
        <p role="alert" className="text-sm text-red-700">
          That key was not accepted. Check it and try again.
        </p>
      )}
      <div className="flex gap-2">
        <label className="flex flex-1 flex-col gap-1 text-sm font-medium text-slate-700">
          Workspace key
          <input
            type="password"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            className="rounded-lg border border-slate-300 px-3 py-2 font-mono text-base font-normal focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
          />
        </label>
        <button
          type="submit"
          className="self-end rounded-lg bg-indigo-600 px-5 py-2.5 font-semibold text-white hover:bg-indigo-700"
        >
          Sign in
        </button>
      </div>
    </form>
  );
}
