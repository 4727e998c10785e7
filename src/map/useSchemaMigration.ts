import { useEffect } from 'react';
import { migrateDoc, type MapDoc } from '../doc/index.ts';

/**
 * Brings a map written before this schema version forward (migrate.ts), once it has synced
 * with the server, so what is migrated is the whole map. Only editors migrate: the server
 * refuses writes from anyone else. Two editors doing it at once write the same thing.
 */
export function useSchemaMigration(doc: MapDoc, synced: boolean, canEdit: boolean): void {
  useEffect(() => {
    if (synced && canEdit) migrateDoc(doc);
  }, [doc, synced, canEdit]);
}
