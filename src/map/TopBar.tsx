import { Link } from 'react-router';
import type { ConnectionStatus } from '../sync/session.ts';
import { StatusChip } from './StatusChip.tsx';
import { TitleField } from './TitleField.tsx';

interface TopBarProps {
  title: string;
  status: ConnectionStatus;
  peerCount: number;
  onRename(title: string): void;
}

/** The strip above the canvas: way home, the title, connection status and who is here. */
export function TopBar({ title, status, peerCount, onRename }: TopBarProps) {
  const people = Math.max(1, peerCount);
  return (
    <header className="flex h-16 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4">
      <Link
        to="/"
        className="flex items-center gap-2 rounded-md px-2 py-1 font-semibold text-indigo-700 hover:bg-indigo-50"
      >
        <img src="/favicon.svg" alt="" className="h-7 w-7" />
        All maps
      </Link>
      <span className="h-6 w-px bg-slate-200" aria-hidden="true" />
      <TitleField title={title} onSave={onRename} />
      <div className="ml-auto flex items-center gap-3">
        <span className="text-sm text-slate-600" aria-live="polite">
          {people} {people === 1 ? 'person' : 'people'} here
        </span>
        <StatusChip status={status} />
      </div>
    </header>
  );
}
