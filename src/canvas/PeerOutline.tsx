import { forWhiteText } from '../ui/contrast.ts';
import { usePeersOn } from '../editor/PresenceContext.tsx';

/** A coloured frame and name tag around something colleagues have selected. */
export function PeerOutline({ id, radius = 'rounded-lg' }: { id: string; radius?: string }) {
  const peers = usePeersOn(id);
  const first = peers[0];
  if (!first) return null;
  return (
    <div
      aria-hidden="true"
      className={`pointer-events-none absolute -inset-1 ${radius}`}
      style={{ boxShadow: `0 0 0 3px ${forWhiteText(first.color)}` }}
    >
      <span
        className="absolute -top-5 left-0 rounded px-1.5 py-0.5 text-[11px] font-semibold whitespace-nowrap text-white"
        style={{ background: forWhiteText(first.color) }}
      >
        {peers.map((p) => p.name).join(', ')}
      </span>
    </div>
  );
}
