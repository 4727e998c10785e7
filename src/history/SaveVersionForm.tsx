import { useState } from 'react';
import { versionsApi } from '../api/versions.ts';
import { useConnectionReason } from '../editor/useConnectionReason.ts';
import { GUARDED_LOOK, needsConnection } from '../ui/needsConnection.ts';

/** "Save version…": a name (e.g. "Q3 steering review") and an optional note. */
export function SaveVersionForm({ mapId, onSaved }: { mapId: string; onSaved(): void }) {
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const offline = useConnectionReason();
  return (
    <form
      className="flex flex-col gap-2 rounded-lg bg-slate-50 p-3"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!name.trim()) return;
        setSaving(true);
        setError(null);
        try {
          await versionsApi.save(mapId, name.trim(), note.trim());
          setName('');
          setNote('');
          onSaved();
        } catch (err) {
          setError((err as Error).message);
        } finally {
          setSaving(false);
        }
      }}
    >
      <input
        aria-label="Version name"
        placeholder="e.g. Q3 steering review"
        maxLength={120}
        value={name}
        onChange={(e) => setName(e.target.value)}
        className="rounded-md border border-slate-300 px-2.5 py-1.5"
      />
      <textarea
        aria-label="Note"
        placeholder="What this version is for (optional)"
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
      />
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={saving || !name.trim()}
        {...needsConnection(offline, () => {})}
        className={`self-end rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50 ${GUARDED_LOOK}`}
      >
        {saving ? 'Saving…' : 'Save version'}
      </button>
    </form>
  );
}
