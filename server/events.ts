/*
 * Things that happened on a map, told by the extension that made them happen (a comment
 * posted, a version saved) to whoever listens (webhooks). Listeners run after the fact and
 * may not slow the teller: a listener's error is logged, never thrown back.
 */

/** An event of one map; `data` is what a subscriber needs to act on it (JSON-safe). */
export interface MapEvent {
  type: string;
  mapId: string;
  data: Record<string, unknown>;
}

export type MapEventListener = (event: MapEvent) => void;

/** The events of one server. */
export class MapEvents {
  private readonly listeners = new Set<MapEventListener>();

  constructor(private readonly log: (line: string) => void) {}

  /** Listens to every event; returns how to stop. */
  on(listener: MapEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: MapEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.log(`event ${event.type} listener failed: ${(error as Error)?.message ?? error}`);
      }
    }
  }
}
