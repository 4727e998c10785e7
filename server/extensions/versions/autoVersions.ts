import type { Role } from '../../auth/roles.ts';
import { REMOTE, type LiveRoom, type Origin, type Peer } from '../../collab/peer.ts';

/*
 * Automatic versions: a content room's edits are gathered into a span that starts with the
 * first edit after the last version. The span is recorded `delayMs` later (so a long session
 * still gets a version every so often), when the last editor leaves, and before the room
 * unloads. Whoever edited in the span is its authors. Edits another process made (REMOTE)
 * belong to that process's spans: each process records what its own clients did.
 */

/** How automatic versions are timed, recorded and reported. */
export interface AutoVersionOptions {
  delayMs: number;
  /** Records a version of the room's document (nothing if it reads as the last version). */
  record(room: LiveRoom, authors: string[]): Promise<unknown>;
  log(line: string): void;
}

/** Who a connection is when it announced no name. */
function roleLabel(role: Role): string {
  return role === 'owner' ? 'Workspace member' : role === 'editor' ? 'Editor link' : 'Guest';
}

// Edits made through the HTTP API (e.g. KPI values) when the caller named nobody.
const API_AUTHOR = 'API';

/** One room's current span of unrecorded edits. */
class EditSpan {
  private timer: NodeJS.Timeout | null = null;
  // Keyed by peer or by an API actor's label.
  private readonly authors = new Map<Peer | string, string[]>();
  // The versions this span started recording, in order.
  private recording: Promise<void> = Promise.resolve();

  constructor(
    readonly room: LiveRoom,
    private readonly options: AutoVersionOptions,
  ) {}

  /** Ends the span: returns its authors and cancels its timer (a version is being made). */
  take(): string[] {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const names = [...new Set([...this.authors.values()].flat())];
    this.authors.clear();
    return names;
  }

  edited(origin: Origin): void {
    if (origin === REMOTE) return;
    // A peer, possibly gone already (it may leave before its update is stored), or the server.
    const peer = 'grant' in origin ? origin : null;
    if (peer) {
      // The identity the server issued, never what a connection announces in its presence.
      const { participant, role } = peer.grant;
      this.authors.set(peer, [participant?.name ?? roleLabel(role)]);
    } else {
      const label = ('actor' in origin && origin.actor) || API_AUTHOR;
      this.authors.set(label, [label]);
    }
    if (!this.timer) {
      this.timer = setTimeout(() => void this.settle(), this.options.delayMs);
      this.timer.unref();
    }
  }

  /**
   * Records the span now, if it holds edits; resolves once every version it started is
   * stored (so a room unloads, and the store closes, only after the one the last editor's
   * leaving started).
   */
  settle(): Promise<void> {
    if (this.timer) {
      const authors = this.take();
      this.recording = this.recording.then(() => this.record(authors));
    }
    return this.recording;
  }

  private async record(authors: string[]): Promise<void> {
    try {
      await this.options.record(this.room, authors);
    } catch (error) {
      // A missed automatic version loses no edit: the next span records them too.
      this.options.log(`version of ${this.room.name.name} failed: ${(error as Error).message}`);
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** The automatic versions of every loaded content room. */
export class AutoVersions {
  private readonly spans = new Map<LiveRoom, EditSpan>();
  private readonly byMap = new Map<string, EditSpan>();

  constructor(private readonly options: AutoVersionOptions) {}

  edited(room: LiveRoom, origin: Origin): void {
    if (room.name.kind !== 'content') return;
    let span = this.spans.get(room);
    if (!span) {
      span = new EditSpan(room, this.options);
      this.spans.set(room, span);
      this.byMap.set(room.name.mapId, span);
    }
    span.edited(origin);
  }

  /** A connection left: with no editor left, the span is recorded (its last edits included). */
  async peerLeft(room: LiveRoom): Promise<void> {
    if (room.writerCount > 0) return;
    // What it sent just before leaving may still be on its way to the store.
    await room.durable().catch(() => {});
    if (room.writerCount === 0) await this.settle(room);
  }

  settle(room: LiveRoom): Promise<void> {
    return this.spans.get(room)?.settle() ?? Promise.resolve();
  }

  /** Ends the map's current span, if its room is loaded: the authors of its edits. */
  take(mapId: string): string[] {
    return this.byMap.get(mapId)?.take() ?? [];
  }

  stop(room: LiveRoom): void {
    const span = this.spans.get(room);
    if (!span) return;
    span.stop();
    this.spans.delete(room);
    if (this.byMap.get(room.name.mapId) === span) this.byMap.delete(room.name.mapId);
  }
}
