import { useState } from 'react';
import { isRetryable } from '../api/client.ts';
import type { You } from './YourName.tsx';

interface NameFormProps {
  you: You;
  /** After the name is saved (or kept on this device while offline). */
  onSaved(): void;
  /** Focus the field at once: the form was opened to be filled. */
  autoFocus?: boolean;
  /** A second button beside "Save name", e.g. "Keep Guest Heron". */
  secondary?: React.ReactNode;
}

/** The display-name field and its save button, in the rename dialog and the first-visit prompt. */
export function NameForm({ you, onSaved, autoFocus = true, secondary }: NameFormProps) {
  const [name, setName] = useState(you.name);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await you.rename(name);
      onSaved();
    } catch (e) {
      setMessage(
        isRetryable(e)
          ? 'Saved on this device: the others will see it when you’re back online.'
          : (e as Error).message,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void save();
      }}
    >
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Display name
        <input
          autoFocus={autoFocus}
          value={name}
          maxLength={60}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setName(e.target.value)}
          className="rounded-lg border border-slate-300 px-3 py-2 text-base font-normal focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
        />
      </label>
      <p className="text-sm text-slate-600">
        Your comments and votes on this map are credited to this name.
      </p>
      {message && (
        <p role="status" className="text-sm text-amber-800">
          {message}
        </p>
      )}
      <div className="flex items-center justify-end gap-2">
        {secondary}
        <button
          type="submit"
          disabled={busy || !name.trim()}
          className="rounded-lg bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700 disabled:opacity-50"
        >
          Save name
        </button>
      </div>
    </form>
  );
}
