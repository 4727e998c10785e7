/* The map document: the only module that knows about Yjs. */
export * from './schema.ts';
export {
  LOCAL_ORIGIN,
  createMapDoc,
  encodeDoc,
  applyDocUpdate,
  onDocUpdate,
  hasEntry,
  type MapDoc,
} from './ydoc.ts';
export { readMap, createMapReader, type MapReader } from './read.ts';
export * from './structure.ts';
export * from './cards.ts';
export * from './meta.ts';
export * from './people.ts';
export * from './kpis.ts';
export * from './kpiValues.ts';
export { createUndoHistory, type UndoHistory } from './undo.ts';
export { sharedText, type SharedText } from './text.ts';
export { parseMapExport, writeMap, type ParseResult } from './exchange.ts';
export {
  TEMPLATES,
  SAMPLE_OBSERVATION_SET,
  templateMap,
  type TemplateInfo,
} from './templates/index.ts';
export { byOrder } from './order.ts';
export { invariantViolations } from './invariants.ts';
export * from './comments.ts';
export * from './actions.ts';
export * from './workshop.ts';
export * from './diff.ts';
export * from './restore.ts';
export * from './restoreMark.ts';
export { watchOverwrites, reapply, type Overwrite, type FieldPath } from './overwrites.ts';
export {
  watchTrail,
  markOverwritten,
  readTrail,
  onTrailChange,
  addTrailEntries,
  TRAIL_ORIGIN,
  type TrailEntry,
} from './trail.ts';
export * from './connections.ts';
export * from './systems.ts';
export { relianceOf, dataFlows, type Reliance, type DataFlow } from './reliance.ts';
export {
  migrateDoc,
  migrateState,
  storedSchemaVersion,
  planCatalogue,
  MIGRATION_ORIGIN,
} from './migrate.ts';
export * from './observed.ts';
export {
  mermaidToMap,
  mapToMermaid,
  MERMAID_TYPE,
  type MermaidImport,
  type MermaidExport,
  type Problem as MermaidProblem,
} from './mermaid/index.ts';
