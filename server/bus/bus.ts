/*
 * The room bus: how the processes (or, in tests, the servers) that share one store tell each
 * other what happened in a room. One file per engine implements it (`localBus.ts` in-process
 * first). A process hears everything published on a channel it subscribed to except what it
 * published itself, so it never handles its own messages twice.
 */

/** Something that happened to a map, which every process must act on. */
export type ControlEvent =
  /**
   * A share link or integration token was revoked: close the connections that used it (on
   * every map when `mapId` is null: a workspace-wide token).
   */
  | { type: 'link-revoked'; mapId: string | null; linkId: string }
  /** A map was deleted: close its rooms and drop them unsaved. */
  | { type: 'map-deleted'; mapId: string };

/** What travels on a room's channel. */
export type RoomMessage =
  /** A document update, already durably stored by the process that publishes it. */
  | { type: 'update'; update: Uint8Array }
  /** A presence (awareness) update of the publisher's clients. */
  | { type: 'awareness'; update: Uint8Array }
  /**
   * The publisher just loaded the room (or caught up after an outage) and holds `stateVector`:
   * the others share their clients' presence, and catch up from the store if it holds updates
   * they lack (stored by a process that died before it could publish them).
   */
  | { type: 'joined'; stateVector: Uint8Array };

export type BusListener<M> = (message: M) => void;

/** Cross-process fan-out. */
export interface RoomBus {
  /** Which engine this is (reported by /healthz). */
  readonly kind: string;
  /**
   * Listens to a room's channel; resolves once listening is in effect (messages published
   * after that are heard), with the function that stops it.
   */
  subscribe(room: string, listener: BusListener<RoomMessage>): Promise<() => void>;
  /** Sends a message to the other processes listening to the room. */
  publish(room: string, message: RoomMessage): void;
  /** Listens to control events of every map. */
  onControl(listener: BusListener<ControlEvent>): Promise<() => void>;
  /** Sends a control event to the other processes. */
  control(event: ControlEvent): void;
  /**
   * Calls `listener` when the bus comes back after an outage, during which messages may have
   * been lost: rooms then catch up from the store.
   */
  onResume(listener: () => void): () => void;
  /** Null while the bus works, else why not (reported by /healthz). */
  readonly problem: string | null;
  close(): Promise<void>;
}
