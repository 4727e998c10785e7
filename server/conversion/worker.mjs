// The entry point of a conversion worker thread. The server may run under tsx (npm start, the
// benchmarks) or under Vitest, whose TypeScript support a worker does not inherit: load the
// TypeScript worker through tsx's scoped loader, which works in every case.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
