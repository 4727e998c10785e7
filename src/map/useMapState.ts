import { useMemo, useSyncExternalStore } from 'react';
import { createMapReader, type MapDoc, type MapState } from '../doc/index.ts';

/**
 * The map as plain data, re-rendering on every change to the document. The reader
 * lives as long as the document (its listeners go with it), so StrictMode's double
 * effects cannot leave it torn down.
 */
export function useMapState(doc: MapDoc): MapState {
  const reader = useMemo(() => createMapReader(doc), [doc]);
  return useSyncExternalStore(reader.subscribe, reader.read);
}
