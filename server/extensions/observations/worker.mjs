// The entry point of an import worker thread; loads the TypeScript worker through tsx's
// scoped loader, as the conversion workers do (see server/conversion/worker.mjs).
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
