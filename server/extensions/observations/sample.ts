import { readFile } from 'node:fs/promises';
import {
  SAMPLE_OBSERVATION_SET,
  applyDocUpdate,
  createMapDoc,
  readMap,
} from '../../../src/doc/index.ts';
import type { MapRecord, Store } from '../../store/store.ts';
import type { LogCounts } from '../../../src/observed/log/aggregate.ts';

/*
 * The sample observation set of the "Support ticket (observed)" template: figures derived
 * from the Helpdesk log (see sample/README.md), added to every map made from the template so
 * the overlay shows at once.
 */

const SAMPLE_FILE = new URL('./sample/helpdesk.json', import.meta.url);
const MARKER = Buffer.from(SAMPLE_OBSERVATION_SET);

/** Whether the new map's document names the sample set (read only when its id is in there). */
function showsSample(state: Uint8Array): boolean {
  if (!Buffer.from(state.buffer, state.byteOffset, state.byteLength).includes(MARKER)) return false;
  const doc = createMapDoc();
  try {
    applyDocUpdate(doc, state);
    return readMap(doc).meta.observedSet === SAMPLE_OBSERVATION_SET;
  } finally {
    doc.destroy();
  }
}

/** Adds the sample set to a new map that shows it and lacks it. */
export async function addSampleSet(store: Store, map: MapRecord, state: Uint8Array) {
  if (!showsSample(state) || (await store.observations.get(map.id, SAMPLE_OBSERVATION_SET))) return;
  const { counts, data } = JSON.parse(await readFile(SAMPLE_FILE, 'utf8')) as {
    counts: LogCounts;
    data: unknown;
  };
  await store.observations.create(
    {
      id: SAMPLE_OBSERVATION_SET,
      mapId: map.id,
      name: 'Helpdesk tickets 2010–2014 (sample)',
      source: 'helpdesk.xes.gz',
      ...counts,
      createdAt: Date.now(),
      createdBy: 'Trailmap sample',
      importMs: 0,
    },
    new TextEncoder().encode(JSON.stringify(data)),
  );
}
