import type { ConnectionStatus } from '../sync/session.ts';

const LOOK: Record<ConnectionStatus, { text: string; dot: string; chip: string }> = {
  connected: { text: 'Connected', dot: 'bg-emerald-500', chip: 'bg-emerald-50 text-emerald-800' },
  connecting: {
    text: 'Connecting…',
    dot: 'bg-amber-400 animate-pulse',
    chip: 'bg-amber-50 text-amber-800',
  },
  reconnecting: {
    text: 'Reconnecting…',
    dot: 'bg-amber-500 animate-pulse',
    chip: 'bg-amber-50 text-amber-900',
  },
  offline: { text: 'Offline', dot: 'bg-slate-400', chip: 'bg-slate-100 text-slate-700' },
};

/** Connection status as a small chip; a live region so screen readers hear changes. */
export function StatusChip({ status }: { status: ConnectionStatus }) {
  const look = LOOK[status];
  return (
    <span
      role="status"
      title={
        status === 'offline'
          ? 'Your edits are kept on this device and merge when you are back online'
          : undefined
      }
      className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-medium ${look.chip}`}
    >
      <span className={`h-2 w-2 rounded-full ${look.dot}`} aria-hidden="true" />
      {look.text}
    </span>
  );
}
