import { useEffect, useState } from 'react';
import { forWhiteText } from '../ui/contrast.ts';
import { initials } from '../ui/initials.ts';
import { ModalDialog } from '../ui/ModalDialog.tsx';
import { NameForm } from './NameForm.tsx';

export interface You {
  name: string;
  color: string;
  /** Whether the person typed this name (otherwise it is a random "Guest …" one). */
  chosen: boolean;
  /** Changes the display name, through the server (comments and votes are credited to it). */
  rename(name: string): Promise<void>;
}

const ASKED_KEY = 'trailmap:name-asked';

/**
 * Your own avatar in the top bar; it opens a dialog to change the name others see. On the
 * first visit of a browser whose name is still a random "Guest …" one, a prompt below the
 * avatar asks for a name once (prefilled; keeping the guest name is one click or Escape).
 */
export function YourName({ you }: { you: You }) {
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(() => !you.chosen && !localStorage.getItem(ASKED_KEY));
  const asked = () => {
    localStorage.setItem(ASKED_KEY, '1');
    setAsking(false);
  };
  return (
    <div className="relative">
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
      {asking && !you.chosen && !open && <NamePrompt you={you} onDone={asked} />}
      {open && (
        <ModalDialog
          title="Your name"
          width="w-[26rem]"
          onClose={() => {
            setOpen(false);
            asked();
          }}
        >
          <NameForm
            you={you}
            onSaved={() => {
              setOpen(false);
              asked();
            }}
          />
        </ModalDialog>
      )}
    </div>
  );
}

// Not modal: the map stays usable behind it, and a colleague's edits keep arriving.
function NamePrompt({ you, onDone }: { you: You; onDone(): void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onDone();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDone]);
  return (
    <section
      role="dialog"
      aria-modal="false"
      aria-labelledby="name-prompt-title"
      className="absolute top-12 right-0 z-50 w-[22rem] rounded-xl bg-white p-5 shadow-2xl ring-1 ring-slate-200"
    >
      <h2 id="name-prompt-title" className="mb-1 text-lg font-semibold text-slate-900">
        What should others call you?
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        Colleagues see this name beside your cursor, on your comments and when you present.
      </p>
      <NameForm
        you={you}
        onSaved={onDone}
        secondary={
          <button
            type="button"
            onClick={onDone}
            className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            Keep “{you.name}”
          </button>
        }
      />
    </section>
  );
}
