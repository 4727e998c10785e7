/** The sync session's connection states (as in src/sync/session.ts). */
type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** Why a control that needs the server does nothing right now. */
export const OFFLINE_REASON = 'Needs a connection — you are offline';
export const RECONNECTING_REASON = 'Needs a connection — reconnecting to the server';

/** Why actions that need the server are unavailable in `status`, or null when they are. */
export function connectionReason(status: ConnectionStatus): string | null {
  if (status === 'offline') return OFFLINE_REASON;
  if (status === 'reconnecting') return RECONNECTING_REASON;
  return null;
}

export interface GuardedProps {
  onClick: (event: { preventDefault(): void }) => void;
  'aria-disabled'?: true;
  'aria-description'?: string;
  title?: string;
}

/**
 * Props for a button that needs the server (share, present, vote). While `reason` is set it is
 * marked disabled but stays focusable, so the reason can be read as its description and seen
 * as its tooltip, and a click does nothing. (A `disabled` button would take neither focus nor
 * hover, hiding the reason from keyboard users.)
 */
export function needsConnection(
  reason: string | null,
  onClick: () => void,
  title?: string,
): GuardedProps {
  if (reason === null) return title ? { onClick, title } : { onClick };
  return {
    // Also keeps a submit button from sending its form.
    onClick: (event) => event.preventDefault(),
    'aria-disabled': true,
    'aria-description': reason,
    title: reason,
  };
}

/** Classes that make an aria-disabled button look disabled. */
export const GUARDED_LOOK =
  'aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-transparent';
