import type { LiveRoom } from '../../collab/peer.ts';
import type { EditMark } from '../../store/store.ts';

const MAX_TITLE = 200;
/**
 * The maps list's edit time is written with at most one batch a second (a title change
 * always): it costs a second statement per append otherwise, and is shown as "Edited … ago".
 */
const TOUCH_EVERY_MS = 1000;

/**
 * Decides, per room, whether an append also marks its map edited (and retitled). The title
 * is written when it differs from the one last known to be stored (read when the room loads):
 * a process that loads a room after another renamed it must not write back the old name.
 */
export class EditMarks {
  private readonly rooms = new WeakMap<LiveRoom, { title: string | undefined; at: number }>();
  /** The maps list's title when each content room loaded, until its first append. */
  private readonly loadedTitles = new Map<string, string>();

  /** The title the maps list held when the room loaded. */
  loaded(room: string, title: string | undefined): void {
    if (title === undefined) this.loadedTitles.delete(room);
    else this.loadedTitles.set(room, title);
  }

  /** The mark to store with the room's next append, if any. */
  next(room: LiveRoom): EditMark | undefined {
    // Comments and workshop state do not count as edits of the map.
    if (room.name.kind !== 'content') return undefined;
    let last = this.rooms.get(room);
    if (!last) {
      last = { title: this.loadedTitles.get(room.name.name), at: -Infinity };
      this.rooms.set(room, last);
      this.loadedTitles.delete(room.name.name);
    }
    const at = Date.now();
    const raw = room.doc.getMap('meta').get('title');
    const title = typeof raw === 'string' ? raw.slice(0, MAX_TITLE) : undefined;
    const retitled = title !== undefined && title !== last.title;
    if (!retitled && at - last.at < TOUCH_EVERY_MS) return undefined;
    last.at = at;
    if (!retitled) return { mapId: room.name.mapId, at };
    last.title = title;
    return { mapId: room.name.mapId, at, title };
  }

  forget(room: LiveRoom): void {
    this.rooms.delete(room);
  }
}
