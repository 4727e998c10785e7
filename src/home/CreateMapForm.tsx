import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, type TemplateInfo } from '../api/client.ts';
import { TemplateGallery } from './TemplateGallery.tsx';

/** Title and template (chosen in a gallery, previewed first) for a new map; creating it opens the editor. */
export function CreateMapForm() {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState('blank');
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.listTemplates().then(setTemplates, (e: Error) => setError(e.message));
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const chosen = templates.find((t) => t.id === template);
      const name =
        title.trim() || (chosen && chosen.id !== 'blank' ? chosen.name : 'Untitled journey');
      const { id } = await api.createMap(name, template);
      navigate(`/maps/${id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      <h2 className="text-lg font-semibold text-slate-900">New journey map</h2>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium text-slate-700">
          Map title
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            placeholder="e.g. Mortgage refinancing, 2026"
            className="rounded-lg border border-slate-300 px-3 py-2 text-base font-normal text-slate-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
          />
        </label>
      </div>
      <TemplateGallery
        templates={
          templates.length ? templates : [{ id: 'blank', name: 'Blank map', description: '' }]
        }
        value={template}
        onChange={setTemplate}
      />
      <div className="flex items-center justify-end gap-3">
        <p className="text-sm text-slate-600">Nothing is created until you press the button.</p>
        <button
          type="submit"
          disabled={busy}
          className="rounded-lg bg-indigo-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60"
        >
          {busy ? 'Creating…' : 'Create map'}
        </button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
