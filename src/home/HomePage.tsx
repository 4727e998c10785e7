import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError, api, type MapSummary } from '../api/client.ts';
import { workspaceKey } from '../api/credentials.ts';
import { SignIn } from './SignIn.tsx';
import { CreateMapForm } from './CreateMapForm.tsx';
import { relativeTime } from '../ui/relativeTime.ts';

/**
 * The list of maps on this server, newest edit first, and the form to start one. `importer` is
 * the "Import" button with its dialog: another feature's, so the app shell hands it in.
 */
export function HomePage({ importer }: { importer?: ReactNode }) {
  const [maps, setMaps] = useState<MapSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signIn, setSignIn] = useState<'no' | 'needed' | 'rejected'>('no');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.title = 'Trailmap';
    api.listMaps().then(
      (list) => {
        setMaps(list);
        setSignIn('no');
      },
      (e: unknown) => {
        if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
          setSignIn(workspaceKey() ? 'rejected' : 'needed');
        } else {
          setError((e as Error).message);
        }
      },
    );
  }, [attempt]);

  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center gap-3 px-6 py-4">
          <img src="/favicon.svg" alt="" className="h-8 w-8" />
          <span className="text-xl font-bold tracking-tight text-slate-900">Trailmap</span>
          <span className="text-slate-500">Living customer journey maps</span>
        </div>
      </header>
      <main className="mx-auto flex max-w-5xl flex-col gap-8 px-6 py-10">
        <div className="flex items-center justify-between gap-4">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">Journey maps</h1>
          {signIn === 'no' && importer}
        </div>
        {signIn !== 'no' ? (
          <SignIn rejected={signIn === 'rejected'} onSignedIn={() => setAttempt((n) => n + 1)} />
        ) : (
          <CreateMapForm />
        )}
        {signIn === 'no' && (
          <section aria-labelledby="maps-heading" className="flex flex-col gap-3">
            <h2
              id="maps-heading"
              className="text-sm font-semibold tracking-wide text-slate-500 uppercase"
            >
              On this server
            </h2>
            {error && (
              <p role="alert" className="text-red-700">
                Could not load the maps: {error}
              </p>
            )}
            {maps === null && !error && <p className="text-slate-500">Loading…</p>}
            {maps?.length === 0 && (
              <div className="rounded-2xl border-2 border-dashed border-slate-300 p-10 text-center text-slate-600">
                <p className="text-lg font-medium text-slate-800">No maps yet</p>
                <p>
                  Start from the e-commerce template to see a finished map, or from a blank one.
                </p>
              </div>
            )}
            {maps && maps.length > 0 && (
              <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {maps.map((map) => (
                  <li key={map.id}>
                    <Link
                      to={`/maps/${map.id}`}
                      className="flex h-full flex-col gap-1 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:shadow-md hover:ring-indigo-300 focus-visible:outline-2 focus-visible:outline-indigo-600"
                    >
                      <span className="text-base font-semibold text-slate-900">{map.title}</span>
                      <span className="text-sm text-slate-500" aria-hidden="true">
                        Edited {relativeTime(map.updatedAt)}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </main>
    </div>
  );
}
