import type { Role } from '../api/client.ts';
import type { MapState, ThreadData } from '../doc/index.ts';
import type { ConnectionStatus, SyncSession } from '../sync/session.ts';
import { useConnectionReason } from '../editor/useConnectionReason.ts';
import { PresenterBar } from '../workshop/PresenterBar.tsx';
import { PresentingBanner } from '../workshop/PresentingBanner.tsx';
import { useWorkshop } from '../workshop/useWorkshop.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { FollowingBanner } from './PeerAvatars.tsx';
import { SidePanel } from './panels/SidePanel.tsx';
import { useUi } from '../editor/MapContext.tsx';
import { VoteBar } from '../workshop/voting/VoteBar.tsx';
import { StartVoteDialog } from '../workshop/voting/StartVoteDialog.tsx';
import { useState } from 'react';
import { CanvasImageProvider } from '../canvas/export/CanvasImageContext.tsx';
import { PastBanner } from '../history/PastBanner.tsx';
import { CanvasArea } from './CanvasArea.tsx';
import { EmptyMapGuide } from './EmptyMapGuide.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TopBar } from './TopBar.tsx';
import type { useUndo } from './useUndo.ts';
import type { You } from './YourName.tsx';

export interface WorkspaceProps {
  mapId: string;
  map: MapState;
  role: Role;
  /** Whether this credential may read the version history (the server decides). */
  readsHistory: boolean;
  canEdit: boolean;
  session: SyncSession | null;
  status: ConnectionStatus;
  peerCount: number;
  loaded: boolean;
  history: ReturnType<typeof useUndo>;
  threads: readonly ThreadData[];
  you: You;
  onRename(title: string): void;
}

/** The editor's layout, inside the map's providers (so workshop state can use them). */
export function Workspace(props: WorkspaceProps) {
  const {
    mapId,
    map,
    role,
    readsHistory,
    canEdit,
    session,
    status,
    peerCount,
    loaded,
    history,
    threads,
    you,
    onRename,
  } = props;
  const { presenter, spotlight } = useWorkshop(session);
  const past = useUi((s) => s.past !== null);
  const [voting, setVoting] = useState(false);
  const presenting = presenter?.kind === 'me';
  const offline = useConnectionReason();
  return (
    <CanvasImageProvider>
      <div className="flex h-screen flex-col">
        <TopBar
          mapId={mapId}
          title={loaded ? map.meta.title : 'Loading…'}
          role={role}
          status={status}
          peerCount={peerCount}
          you={you}
          onRename={onRename}
        />
        {/* A presentation takes the screen: no toolbar for the presenter nor who follows. */}
        {spotlight === null && !presenting && (
          <Toolbar
            map={map}
            canUndo={history.canUndo}
            canRedo={history.canRedo}
            onUndo={history.undo}
            onRedo={history.redo}
            readOnly={!canEdit}
            readsHistory={readsHistory}
            openThreads={threads.filter((t) => !t.resolved).length}
            onStartVote={canEdit ? () => setVoting(true) : undefined}
          />
        )}
        <main className="flex min-h-0 flex-1">
          <div className="flex min-w-0 flex-1 flex-col">
            <div className="relative min-h-0 flex-1">
              <FollowingBanner />
              <PastBanner />
              <PresentingBanner
                presenter={presenter}
                stageName={
                  presenter?.kind === 'peer'
                    ? (map.stages[presenter.peer.presenting.stage]?.name ?? null)
                    : null
                }
              />
              {canEdit && (
                <PresenterBar
                  stages={map.stages}
                  onStartVote={() => setVoting(true)}
                  offline={offline}
                />
              )}
              {voting && <StartVoteDialog map={map} onClose={() => setVoting(false)} />}
              {loaded && canEdit && !past && map.cards.length === 0 && <EmptyMapGuide />}
              {loaded ? (
                <CanvasArea map={map} spotlight={spotlight} />
              ) : (
                <div className="flex h-full items-center justify-center text-lg text-slate-500">
                  Loading map…
                </div>
              )}
            </div>
            {loaded && !presenting && (
              <SidePanel mapId={mapId} map={map} readOnly={!canEdit} dock="bottom" />
            )}
          </div>
          {/* Docked beside the canvas, so the results never hide the map or the presenter's bar. */}
          {!past && <VoteBar mapId={mapId} map={map} facilitator={canEdit} />}
          {loaded && !presenting && (
            <SidePanel mapId={mapId} map={map} readOnly={!canEdit} dock="side" />
          )}
        </main>
        <ConfirmDialog />
      </div>
    </CanvasImageProvider>
  );
}
