import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { LOCAL_ORIGIN, onDocUpdate } from '../doc/index.ts';
import { useCanEdit, useMapDoc } from '../editor/MapContext.tsx';
import { usePresence } from '../editor/PresenceContext.tsx';

/** How long "synced" stays after coming back. */
const SYNCED_MS = 6000;

const changes = (n: number) => `${n} ${n === 1 ? 'change' : 'changes'}`;

/**
 * Drawn above the connections legend, and never in the way of a click. While the connection is away: a banner saying that edits are kept on this device, with how
 * many wait to be sent; once back and synced, a short confirmation with the same count.
 */
export function OfflineBanner() {
  const doc = useMapDoc();
  const canEdit = useCanEdit();
  const session = usePresence();
  const status = useSyncExternalStore(
    (fn) => session?.subscribe(fn) ?? (() => {}),
    () => (session ? `${session.status}/${session.synced}` : 'connecting/false'),
  );
  const away = status.startsWith('offline') || status.startsWith('reconnecting');
  const synced = status === 'connected/true';
  const [waiting, setWaiting] = useState(0);
  const [sent, setSent] = useState<number | null>(null);
  const awayRef = useRef(away);
  awayRef.current = away;

  // Edits made while away, counted until they are sent.
  useEffect(
    () =>
      onDocUpdate(doc, (_update, origin) => {
        if (origin === LOCAL_ORIGIN && awayRef.current) setWaiting((n) => n + 1);
      }),
    [doc],
  );
  useEffect(() => {
    if (!synced || waiting === 0) return;
    setSent(waiting);
    setWaiting(0);
  }, [synced, waiting]);
  useEffect(() => {
    if (sent === null) return;
    const hide = setTimeout(() => setSent(null), SYNCED_MS);
    return () => clearTimeout(hide);
  }, [sent]);

  if (away)
    return (
      <div
        role="status"
        className="pointer-events-none mb-12 rounded-lg bg-amber-100 px-4 py-2 text-base text-amber-950 shadow-md ring-1 ring-amber-300"
      >
        <strong className="font-semibold">Offline</strong>
        {canEdit
          ? ` — your changes are kept on this device and will sync when you are back${
              waiting > 0 ? ` · ${changes(waiting)} waiting` : ''
            }. Sharing, presenting, voting and versions wait for the connection.`
          : ' — the map will update when you are back.'}
      </div>
    );
  if (sent !== null)
    return (
      <div
        role="status"
        className="pointer-events-none mb-12 rounded-lg bg-emerald-50 px-4 py-2 text-base text-emerald-900 shadow-md ring-1 ring-emerald-300"
      >
        <strong className="font-semibold">Back online</strong> — {changes(sent)} synced.
      </div>
    );
  return null;
}
