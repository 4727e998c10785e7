import { forWhiteText } from '../ui/contrast.ts';
import { ViewportPortal, useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { placeTag, tagWidth, type Box } from './cursorTag.ts';
import { usePeers } from '../sync/usePeers.ts';
import { usePresence } from '../editor/PresenceContext.tsx';

/** Colleagues' pointers (named unless their selection's outline names them), drawn in canvas coordinates so they point at the same card for all. */
export function Cursors() {
  const peers = usePeers(usePresence());
  const flow = useReactFlow();
  const zones = peers.some((p) => p.cursor && !p.selection) ? pinnedZones(flow) : [];
  return (
    <ViewportPortal>
      {peers.map((peer) =>
        peer.cursor ? (
          <div
            key={peer.clientId}
            aria-hidden="true"
            data-cursor={peer.name}
            className="pointer-events-none absolute top-0 left-0 z-50 transition-transform duration-75 ease-linear"
            style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px)` }}
          >
            <svg width="20" height="20" viewBox="0 0 20 20">
              <path
                d="M2 2 L17 9 L10 11 L7 18 Z"
                fill={peer.color}
                stroke="white"
                strokeWidth="1.5"
              />
            </svg>
            {/* One name tag per colleague: with a selection, its outline carries the name. */}
            {!peer.selection && (
              <span
                className="absolute rounded-md px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap text-white shadow"
                style={{
                  background: forWhiteText(peer.color),
                  ...tagOffset(placeTag(peer.cursor, tagWidth(peer.name), zones)),
                }}
              >
                {peer.name}
              </span>
            )}
          </div>
        ) : null,
      )}
    </ViewportPortal>
  );
}

const tagOffset = ({ dx, dy }: { dx: number; dy: number }) => ({ left: dx, top: dy });

// What cards have pinned to their corners (vote controls, counts), in canvas coordinates.
function pinnedZones(flow: ReactFlowInstance): Box[] {
  return [...document.querySelectorAll('.react-flow__node [data-corner] > *')].map((el) => {
    const r = el.getBoundingClientRect();
    const from = flow.screenToFlowPosition({ x: r.left, y: r.top }, { snapToGrid: false });
    const to = flow.screenToFlowPosition({ x: r.right, y: r.bottom }, { snapToGrid: false });
    return { x: from.x, y: from.y, w: to.x - from.x, h: to.y - from.y };
  });
}
