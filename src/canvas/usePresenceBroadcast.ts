import { useCallback, useEffect, useRef } from 'react';
import { useNodesInitialized, useReactFlow, type OnMove, type OnMoveStart } from '@xyflow/react';
import { usePresence } from '../editor/PresenceContext.tsx';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import { usePeers } from '../sync/usePeers.ts';

/**
 * Shares this user's pointer, selection and view with colleagues (at most once a
 * frame), and follows a colleague's view while `following` is set; a pan or zoom
 * of one's own stops following.
 */
export function usePresenceBroadcast(
  container: React.RefObject<HTMLDivElement | null>,
  /** A presented stage is framed on this screen itself (usePresenterCamera), to its size. */
  framedLocally: boolean,
) {
  const session = usePresence();
  const flow = useReactFlow();
  const ui = useUiStore();
  const selectedId = useUi((s) => s.selection?.id ?? null);
  const following = useUi((s) => s.following);
  const peers = usePeers(session);
  const frame = useRef<number | null>(null);
  // Re-applied once the nodes are measured, or the first fit would win over following.
  const initialized = useNodesInitialized();
  const pending = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => session?.setLocal('selection', selectedId), [session, selectedId]);

  const onPointerMove = useCallback(
    (e: React.PointerEvent) => {
      pending.current = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      frame.current ??= requestAnimationFrame(() => {
        frame.current = null;
        session?.setLocal('cursor', pending.current);
      });
    },
    [flow, session],
  );
  const onPointerLeave = useCallback(() => session?.setLocal('cursor', null), [session]);

  const onMove: OnMove = useCallback(
    (_event, viewport) => {
      const box = container.current?.getBoundingClientRect();
      if (!box) return;
      // The centre of the view in canvas coordinates, so screens of any size can follow.
      session?.setLocal('viewport', {
        x: (box.width / 2 - viewport.x) / viewport.zoom,
        y: (box.height / 2 - viewport.y) / viewport.zoom,
        zoom: viewport.zoom,
      });
    },
    [container, session],
  );
  const onMoveStart: OnMoveStart = useCallback(
    (event) => {
      if (event && ui.getState().following !== null) {
        ui.getState().follow(null);
        ui.getState().setAway(true);
      }
    },
    [ui],
  );

  const target = peers.find((p) => p.clientId === following);
  const [vx, vy, vz] = [target?.viewport?.x, target?.viewport?.y, target?.viewport?.zoom];
  const gone = following !== null && !target;
  useEffect(() => {
    if (gone) ui.getState().follow(null);
  }, [gone, ui]);
  useEffect(() => {
    if (following === null || framedLocally) return;
    if (vx === undefined || vy === undefined || vz === undefined) return;
    void flow.setCenter(vx, vy, { zoom: vz, duration: 250 });
  }, [flow, following, framedLocally, vx, vy, vz, initialized]);

  return { onPointerMove, onPointerLeave, onMove, onMoveStart };
}
