import { useState } from 'react';
import { Link } from 'react-router';
import type { Role } from '../api/client.ts';
import { connectionReason, GUARDED_LOOK, needsConnection } from '../ui/needsConnection.ts';
import type { ConnectionStatus } from '../sync/session.ts';
import { PresentButton } from '../workshop/PresentButton.tsx';
import { PeerAvatars } from './PeerAvatars.tsx';
import { ShareDialog } from './ShareDialog.tsx';
import { StatusChip } from './StatusChip.tsx';
import { ShortcutsButton } from './ShortcutsButton.tsx';
import { TitleField } from './TitleField.tsx';
import { YourName, type You } from './YourName.tsx';

interface TopBarProps {
  mapId: string;
  title: string;
  role: Role;
  status: ConnectionStatus;
  peerCount: number;
  you: You;
  onRename(title: string): void;
}

const ROLE_BADGES: Partial<Record<Role, string>> = {
  viewer: 'View only',
  commenter: 'Comment only',
};

/** The strip above the canvas: way home, the title, sharing, status and who is here. */
export function TopBar({ mapId, title, role, status, peerCount, you, onRename }: TopBarProps) {
  const [sharing, setSharing] = useState(false);
  const people = Math.max(1, peerCount);
  const canEdit = role === 'owner' || role === 'editor';
  // Sharing and presenting need the server: unavailable offline, with the reason.
  const offline = connectionReason(status);
  return (
    <header className="flex h-16 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4">
      <Link
        to="/"
        className="flex shrink-0 items-center gap-2 rounded-md px-2 py-1 font-semibold whitespace-nowrap text-indigo-700 hover:bg-indigo-50"
      >
        <img src="/favicon.svg" alt="" className="h-7 w-7" />
        All maps
      </Link>
      <span className="h-6 w-px bg-slate-200" aria-hidden="true" />
      {canEdit ? (
        <TitleField title={title} onSave={onRename} />
      ) : (
        <h1 className="truncate px-2 text-xl font-semibold text-slate-900">{title}</h1>
      )}
      {ROLE_BADGES[role] && (
        <span className="shrink-0 rounded-full bg-amber-100 px-3 py-1 text-sm font-medium whitespace-nowrap text-amber-900">
          {ROLE_BADGES[role]}
        </span>
      )}
      <div className="ml-auto flex shrink-0 items-center gap-3">
        <YourName you={you} />
        <PeerAvatars />
        <span className="text-sm whitespace-nowrap text-slate-600" aria-live="polite">
          {people} {people === 1 ? 'person' : 'people'} here
        </span>
        <StatusChip status={status} />
        <ShortcutsButton />
        {canEdit && <PresentButton offline={offline} />}
        {role === 'owner' && (
          <button
            type="button"
            {...needsConnection(offline, () => setSharing(true))}
            className={`rounded-lg bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${GUARDED_LOOK} aria-disabled:hover:bg-indigo-600`}
          >
            Share
          </button>
        )}
      </div>
      {sharing && <ShareDialog mapId={mapId} title={title} onClose={() => setSharing(false)} />}
    </header>
  );
}
