/* The store's part for observed journeys: observation sets. */

/**
 * An observation set's summary: what an event log imported into a map came to. Its figures
 * (the aggregates) are stored beside it, deflated; the raw events are never stored.
 */
export interface ObservationRecord {
  id: string;
  mapId: string;
  name: string;
  /** The file name it came from, as the importer named it (may be empty). */
  source: string;
  cases: number;
  events: number;
  activities: number;
  /** First and last event time, ISO 8601 (null when no event had one). */
  from: string | null;
  to: string | null;
  createdAt: number;
  /** The participant (or "workspace") who imported it. */
  createdBy: string;
  /** How long the import took, in milliseconds. */
  importMs: number;
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
