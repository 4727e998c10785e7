import type { Role } from '../auth/roles.ts';
import type { RoomWatcher } from '../collab/roomManager.ts';
import type { Peer, Room } from '../collab/room.ts';

/*
 * Automatic versions: a content room's edits are gathered into a span that starts with the
 * first edit after the last version. The span is recorded `delayMs` later (so a long session
 * still gets a version every so often), when the last editor leaves, and before the room
 * unloads. Whoever edited in the span is its authors.
 */

/** How automatic versions are timed, recorded and reported. */
export interface AutoVersionOptions {
  delayMs: number;
  /** Records a version of the room's document (nothing if it reads as the last version). */
  record(room: Room, authors: string[]): void;
  log(line: string): void;
}

/** Who a connection is when it announced no name. */
function roleLabel(role: Role): string {
  return role === 'owner' ? 'Workspace member' : role === 'editor' ? 'Editor link' : 'Guest';
}

// Edits made through the HTTP API (e.g. KPI values) when the caller named nobody.
const API_AUTHOR = 'API';

/** One room's current span of unrecorded edits. */
class EditSpan implements RoomWatcher {
  private timer: NodeJS.Timeout | null = null;
  private readonly unobserve: () => void;
  // Keyed by peer (names refined as its presence arrives) or by an API actor's label.
  private readonly authors = new Map<Peer | string, string[]>();
  private actor: string | null = null;

  constructor(
    readonly room: Room,
    private readonly options: AutoVersionOptions,
    private readonly onStop: (span: EditSpan) => void,
  ) {
    this.unobserve = room.observe(this.onUpdate);
  }

  /** Ends the span: returns its authors and cancels its timer (a version is being made). */
  take(): string[] {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const names = [...new Set([...this.authors.values()].flat())];
    this.authors.clear();
    return names;
  }

  /** Runs `fn`, crediting the edits it makes to `actor`. */
  during<T>(actor: string, fn: () => T): T {
    const outer = this.actor;
    this.actor = actor;
    try {
      return fn();
    } finally {
      this.actor = outer;
    }
  }

  peerLeft(): void {
    if (this.room.writerCount === 0) this.settle();
  }

  beforeUnload(): void {
    this.settle();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.unobserve();
    this.onStop(this);
  }

  private settle(): void {
    if (!this.timer) return;
    const authors = this.take();
    try {
      this.options.record(this.room, authors);
    } catch (error) {
      // A missed automatic version loses no edit: the next span records them too.
      this.options.log(`version of ${this.room.name.name} failed: ${(error as Error).message}`);
    }
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    const peer = this.room.peerOf(origin);
    if (peer) {
      const names = this.room.namesOf(peer);
      if (names.length > 0) this.authors.set(peer, names);
      else if (!this.authors.has(peer)) this.authors.set(peer, [roleLabel(peer.role)]);
    } else {
      const label = this.actor ?? API_AUTHOR;
      this.authors.set(label, [label]);
    }
    if (!this.timer) {
      this.timer = setTimeout(() => this.settle(), this.options.delayMs);
      this.timer.unref();
    }
  };
}

/** The automatic versions of every loaded content room. */
export interface AutoVersions {
  /** Starts a span watcher for a freshly loaded room (RoomManager's `watch`); null for others. */
  watch(room: Room): RoomWatcher | null;
  /** Ends the map's current span, if its room is loaded: the authors of its edits. */
  take(mapId: string): string[];
  /** Runs `fn`, crediting the edits it makes in the map's loaded room to `actor`. */
  during<T>(mapId: string, actor: string, fn: () => T): T;
}

/** Automatic versions over `options.record`. */
export function createAutoVersions(options: AutoVersionOptions): AutoVersions {
  const spans = new Map<string, EditSpan>();
  const forget = (span: EditSpan) => {
    if (spans.get(span.room.name.mapId) === span) spans.delete(span.room.name.mapId);
  };
  return {
    watch(room) {
      if (room.name.kind !== 'content') return null;
      const span = new EditSpan(room, options, forget);
      spans.set(room.name.mapId, span);
      return span;
    },
    take: (mapId) => spans.get(mapId)?.take() ?? [],
    during: (mapId, actor, fn) => {
      const span = spans.get(mapId);
      return span ? span.during(actor, fn) : fn();
    },
  };
}
