import type { BusListener, ControlEvent, RoomBus, RoomMessage } from './bus.ts';

/*
 * The in-process bus: the default for one process, and how tests run two servers on one
 * store. A hub is shared; each server attaches to it as one member and hears the others.
 * Messages are delivered on a microtask, as a network bus would deliver them later, so
 * nobody handles a message inside the publisher's call stack.
 */

type Channel = Map<LocalBus, Set<BusListener<RoomMessage>>>;

/** What the servers of one process share. */
export class LocalHub {
  readonly rooms = new Map<string, Channel>();
  readonly controls = new Map<LocalBus, Set<BusListener<ControlEvent>>>();
}

/** One member's view of a hub. */
export class LocalBus implements RoomBus {
  readonly kind = 'local';
  /** An in-process bus never fails. */
  readonly problem = null;

  constructor(private readonly hub: LocalHub = new LocalHub()) {}

  subscribe(room: string, listener: BusListener<RoomMessage>): Promise<() => void> {
    let channel = this.hub.rooms.get(room);
    if (!channel) this.hub.rooms.set(room, (channel = new Map()));
    let mine = channel.get(this);
    if (!mine) channel.set(this, (mine = new Set()));
    mine.add(listener);
    return Promise.resolve(() => {
      mine.delete(listener);
      if (mine.size === 0) channel.delete(this);
      if (channel.size === 0 && this.hub.rooms.get(room) === channel) this.hub.rooms.delete(room);
    });
  }

  publish(room: string, message: RoomMessage): void {
    const channel = this.hub.rooms.get(room);
    // Alone on the channel (always, with one server): nothing to do, nothing allocated.
    if (!channel || (channel.size === 1 && channel.has(this))) return;
    for (const [member, listeners] of channel) {
      if (member === this) continue;
      for (const listener of listeners) queueMicrotask(() => listener(message));
    }
  }

  onControl(listener: BusListener<ControlEvent>): Promise<() => void> {
    let mine = this.hub.controls.get(this);
    if (!mine) this.hub.controls.set(this, (mine = new Set()));
    mine.add(listener);
    return Promise.resolve(() => mine.delete(listener));
  }

  control(event: ControlEvent): void {
    for (const [member, listeners] of this.hub.controls) {
      if (member === this) continue;
      for (const listener of listeners) queueMicrotask(() => listener(event));
    }
  }

  onResume(): () => void {
    return () => {};
  }

  async close(): Promise<void> {
    for (const [room, channel] of this.hub.rooms) {
      channel.delete(this);
      if (channel.size === 0) this.hub.rooms.delete(room);
    }
    this.hub.controls.delete(this);
  }
}
