import { Link } from 'react-router';

/** A full-page message with a way back home: missing map, no access. */
export function Notice({ title, body }: { title: string; body: string }) {
  return (
    <div className="flex h-screen flex-col items-center justify-center gap-4 bg-slate-50 p-6 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="max-w-md text-slate-600">{body}</p>
      <Link
        to="/"
        className="rounded-lg bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700"
      >
        All maps
      </Link>
    </div>
  );
}
