import { isDeepStrictEqual } from 'node:util';
import { nanoid } from 'nanoid';
import {
  diffMaps,
  readMap,
  summarize,
  type MapDoc,
  type MapState,
} from '../../../src/doc/index.ts';
import { encodeIntegrated } from '../../collab/integrated.ts';
import type { Store, VersionRecord } from '../../store/store.ts';
import { readState } from './states.ts';
import { versionsToThin } from './thinning.ts';

/* Writes versions: the full state, a summary against the version before, and thinning. */

/** What the caller says about a version; the recorder adds id, time and summary. */
export interface VersionInput {
  name: string | null;
  note: string;
  auto: boolean;
  authors: string[];
  /** Overrides the computed summary (e.g. "Map created"). */
  summary?: string;
}

/** Records versions of maps. */
export interface Recorder {
  /**
   * Stores a version of `doc` as the map's newest. An automatic version is skipped (null)
   * when the map reads the same as its newest version; a named one is always stored.
   */
  record(mapId: string, doc: MapDoc, input: VersionInput): Promise<VersionRecord | null>;
  /** Stores a new map's first version, "Map created": its content `state` as it was created. */
  created(mapId: string, state: Uint8Array): Promise<VersionRecord>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The summary of a map's first version, which has nothing to be compared with. */
function firstSummary(map: MapState): string {
  const stages = plural(map.stages.length, 'stage', 'stages');
  return `First version: ${stages}, ${plural(map.cards.length, 'card', 'cards')}`;
}

/** Binds version recording to a store; `now` is the clock (tests move it). */
export function createRecorder(store: Store, now: () => number = Date.now): Recorder {
  return {
    async record(mapId, doc, input) {
      // Read and encoded at once: what the version holds is the document as it is now.
      const current = readMap(doc);
      const state = encodeIntegrated(doc);
      const last = await store.versions.latest(mapId);
      const previous = last ? readState(last.state) : null;
      // Compared as content, not as CRDT state: undoing an edit leaves nothing to record.
      if (input.auto && previous && isDeepStrictEqual(previous, current)) return null;
      const { summary, ...rest } = input;
      const version: VersionRecord = {
        ...rest,
        id: nanoid(),
        mapId,
        createdAt: now(),
        summary:
          summary ?? (previous ? summarize(diffMaps(previous, current)) : firstSummary(current)),
      };
      await store.versions.create(version, state);
      if (version.auto) {
        const doomed = versionsToThin(await store.versions.list(mapId), version.createdAt);
        if (doomed.length > 0) await store.versions.delete(mapId, doomed);
      }
      return version;
    },

    async created(mapId, state) {
      const version: VersionRecord = {
        id: nanoid(),
        mapId,
        name: null,
        note: '',
        auto: true,
        createdAt: now(),
        authors: [],
        summary: 'Map created',
      };
      // Nothing to compare with or to thin yet; the state is stored as it came.
      await store.versions.create(version, state);
      return version;
    },
  };
}
