import { forWhiteText } from '../ui/contrast.ts';
import { useState } from 'react';
import { isRetryable } from '../api/client.ts';
import { initials } from '../ui/initials.ts';
import { ModalDialog } from '../ui/ModalDialog.tsx';

export interface You {
  name: string;
  color: string;
  /** Whether the person typed this name (otherwise it is a random "Guest …" one). */
  chosen: boolean;
  /** Changes the display name, through the server (comments and votes are credited to it). */
  rename(name: string): Promise<void>;
}

const NUDGE_KEY = 'trailmap:name-asked';

/**
 * Your own avatar in the top bar; it opens a dialog to change the name others see. Until you
 * choose a name, a "Set your name" prompt stands beside it (once per browser).
 */
export function YourName({ you }: { you: You }) {
  const [open, setOpen] = useState(false);
  const [nudge, setNudge] = useState(() => !you.chosen && !localStorage.getItem(NUDGE_KEY));
  const dismiss = () => {
    localStorage.setItem(NUDGE_KEY, '1');
    setNudge(false);
  };
  return (
    <>
      {nudge && !you.chosen && (
        // Asked once per browser: colleagues should see a name, not "Guest Heron".
        <span className="flex items-center rounded-full bg-amber-50 text-sm whitespace-nowrap text-amber-900 ring-1 ring-amber-200">
          <button
            type="button"
            onClick={() => setOpen(true)}
            title={`Others see you as ${you.name}`}
            className="rounded-l-full py-1 pr-1 pl-3 font-medium hover:bg-amber-100"
          >
            Set your name
          </button>
          <button
            type="button"
            aria-label="Keep the name you have"
            onClick={dismiss}
            className="rounded-r-full px-2 py-1 hover:bg-amber-100"
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
      )}
      <button
        type="button"
        title="Change your name"
        onClick={() => setOpen(true)}
        className="flex h-9 w-9 items-center justify-center rounded-full text-xs font-semibold text-white ring-2 ring-white ring-offset-1 ring-offset-slate-300"
        style={{ background: forWhiteText(you.color) }}
      >
        {/* Named by text, not aria-label, so the name holds what is seen (no initials). */}
        <span aria-hidden="true">{initials(you.name)}</span>
        <span className="sr-only">Your name: {you.name}</span>
      </button>
      {open && (
        <RenameDialog
          you={you}
          onClose={() => {
            setOpen(false);
            dismiss();
          }}
        />
      )}
    </>
  );
}

function RenameDialog({ you, onClose }: { you: You; onClose(): void }) {
  const [name, setName] = useState(you.name);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await you.rename(name);
      onClose();
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
    <ModalDialog title="Your name" width="w-[26rem]" onClose={onClose}>
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
            autoFocus
            value={name}
            maxLength={60}
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
        <button
          type="submit"
          disabled={busy || !name.trim()}
          className="self-end rounded-lg bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700 disabled:opacity-50"
        >
          Save name
        </button>
      </form>
    </ModalDialog>
  );
}
