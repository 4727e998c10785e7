import type { ObservationSummary } from '../../../src/observed/log/types.ts';

/* The store's part for observed journeys: observation sets. */

/**
 * An observation set's summary (what an event log imported into a map came to, as the API
 * lists it) and the map it belongs to. Its figures (the aggregates) are stored beside it,
 * deflated; the raw events are never stored.
 */
export interface ObservationRecord extends ObservationSummary {
  mapId: string;
}

/** The observation sets of maps. */
export interface ObservationStore {
  /** Stores a set of an existing map with its aggregates (UTF-8 JSON). */
  create(record: ObservationRecord, data: Uint8Array): Promise<void>;
  /** A map's sets, newest first, without their aggregates. */
  list(mapId: string): Promise<ObservationRecord[]>;
  /** One set of a map, or null (also when it belongs to another map). */
  get(mapId: string, id: string): Promise<ObservationRecord | null>;
  /** The aggregates of one set of a map (UTF-8 JSON), or null. */
  data(mapId: string, id: string): Promise<Uint8Array | null>;
  /** Deletes one set of a map; false if there is no such set. */
  delete(mapId: string, id: string): Promise<boolean>;
}
