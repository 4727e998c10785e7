import { useState } from 'react';

/** Asks a guest for a display name before they join, so colleagues see who is here. */
export function NamePrompt({ title, onDone }: { title: string; onDone(name: string): void }) {
  const [name, setName] = useState('');
  return (
    <div className="flex h-screen items-center justify-center bg-slate-50 p-6">
      <form
        className="flex w-full max-w-md flex-col gap-4 rounded-2xl bg-white p-8 shadow-lg ring-1 ring-slate-200"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onDone(name);
        }}
      >
        <img src="/favicon.svg" alt="" className="h-10 w-10" />
        <h1 className="text-2xl font-semibold text-slate-900">Join “{title}”</h1>
        <p className="text-slate-600">
          You were invited with a link. How should the others see you?
        </p>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          Your name
          <input
            autoFocus
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
            className="rounded-lg border border-slate-300 px-3 py-2 text-base font-normal focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
          />
        </label>
        <button
          type="submit"
          disabled={!name.trim()}
          className="rounded-lg bg-indigo-600 px-4 py-2.5 font-semibold text-white hover:bg-indigo-700 disabled:opacity-50"
        >
          Join the map
        </button>
      </form>
    </div>
  );
}
