import { useEffect, useState } from 'react';
import { createMapDoc, type MapDoc } from '../doc/index.ts';

/** A fresh document per map id, destroyed when the page leaves it. */
export function useMapDocument(mapId: string): MapDoc | null {
  const [doc, setDoc] = useState<MapDoc | null>(null);
  useEffect(() => {
    const created = createMapDoc();
    setDoc(created);
    return () => {
      setDoc(null);
      created.destroy();
    };
  }, [mapId]);
  return doc;
}
