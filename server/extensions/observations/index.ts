/*
 * Observed journeys: event logs imported into a map as observation sets. The import streams
 * the log into a worker thread that parses and aggregates it; only the figures are stored.
 */
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import { createImporter } from './importer.ts';
import { isImport, observationRoutes } from './routes.ts';
import { addSampleSet } from './sample.ts';

/** The observations extension. */
export function observations(context: ServerContext): Extension {
  // One import per spare core, like the conversions; 0 workers parse in place (tests).
  const importer = createImporter(context.config.conversionWorkers);
  return {
    name: 'observations',
    ownsBody: isImport,
    routes: (api) => observationRoutes(api, context, importer),
    mapCreated: (map, state) => addSampleSet(context.store, map, state),
    close: () => importer.close(),
  };
}
