import { useEffect } from 'react';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import type { SyncSession } from '../sync/session.ts';
import { usePeers } from '../sync/usePeers.ts';
import { activePresenter } from './presenter.ts';

/**
 * Workshop presence: shares this user's presenting state, hands over when another
 * editor takes over, and makes everyone else follow the presenter unless they
 * stepped away. Returns the presenter and the stage in the spotlight.
 */
export function useWorkshop(session: SyncSession | null) {
  const ui = useUiStore();
  const mine = useUi((s) => s.presenting);
  const away = useUi((s) => s.away);
  const following = useUi((s) => s.following);
  const peers = usePeers(session);
  const presenter = activePresenter(peers, mine, session?.clientId ?? 0);
  const presenterId = presenter?.kind === 'peer' ? presenter.peer.clientId : null;

  useEffect(() => session?.setLocal('presenting', mine), [session, mine]);

  // Someone started presenting after me: they have taken over.
  useEffect(() => {
    if (mine && presenterId !== null) ui.getState().present(null);
  }, [mine, presenterId, ui]);

  // Follow the presenter by default; a presentation that ends releases everyone.
  useEffect(() => {
    if (presenterId === null) ui.getState().setAway(false);
    else if (!away) ui.getState().follow(presenterId);
  }, [presenterId, away, ui]);

  const spotlight =
    presenter?.kind === 'me'
      ? presenter.presenting.stage
      : presenter?.kind === 'peer' && following === presenter.peer.clientId
        ? presenter.peer.presenting.stage
        : null;
  return { presenter, spotlight };
}
