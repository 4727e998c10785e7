import { forWhiteText } from '../ui/contrast.ts';
import { initials } from '../ui/initials.ts';
import { usePeers } from '../sync/usePeers.ts';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import { usePresence } from '../editor/PresenceContext.tsx';

/** Everyone else on the map; click one to follow their view, again to stop. */
export function PeerAvatars() {
  const peers = usePeers(usePresence());
  const following = useUi((s) => s.following);
  const ui = useUiStore();
  if (peers.length === 0) return null;
  return (
    <ul aria-label="People on this map" className="flex items-center -space-x-1.5">
      {peers.slice(0, 8).map((peer) => {
        const active = following === peer.clientId;
        return (
          <li key={peer.clientId}>
            <button
              type="button"
              aria-pressed={active}
              title={
                active ? `Following ${peer.name}` : `${peer.name} — click to follow their view`
              }
              onClick={() => ui.getState().follow(active ? null : peer.clientId)}
              className={`flex h-8 w-8 items-center justify-center rounded-full text-xs font-semibold text-white ring-2 ${
                active ? 'ring-indigo-600 ring-offset-2' : 'ring-white'
              }`}
              style={{ background: forWhiteText(peer.color) }}
            >
              <span aria-hidden="true">{initials(peer.name)}</span>
              <span className="sr-only">
                {active ? `Stop following ${peer.name}` : `Follow ${peer.name}`}
              </span>
            </button>
          </li>
        );
      })}
      {peers.length > 8 && <li className="pl-3 text-sm text-slate-600">+{peers.length - 8}</li>}
    </ul>
  );
}

/** A bar over the canvas while following someone, with a way out. */
export function FollowingBanner() {
  const peers = usePeers(usePresence());
  const following = useUi((s) => s.following);
  const ui = useUiStore();
  const peer = peers.find((p) => p.clientId === following);
  // Following a presenter has its own banner.
  if (!peer || peer.presenting) return null;
  return (
    <div
      aria-live="polite"
      className="absolute top-3 left-1/2 z-20 flex -translate-x-1/2 items-center gap-3 rounded-full px-4 py-1.5 text-sm font-medium text-white shadow-lg"
      style={{ background: forWhiteText(peer.color) }}
    >
      Following {peer.name}
      <button
        type="button"
        onClick={() => ui.getState().follow(null)}
        className="rounded-full bg-white/25 px-2 py-0.5 hover:bg-white/40"
      >
        Stop following
      </button>
    </div>
  );
}
