import { collaborationOperations } from './operations/collaboration.ts';
import { historyOperations } from './operations/history.ts';
import { integrationsOperations } from './operations/integrations.ts';
import { mapsOperations } from './operations/maps.ts';
import { observedOperations } from './operations/observed.ts';
import type { Operation } from './operations/types.ts';

export type { Access, Operation } from './operations/types.ts';

/*
 * Every endpoint of the API, with the zod schema that validates its body (the very one the
 * route uses) and an example. The OpenAPI document is built from this list, and a test holds
 * it to the routes the server answers.
 */

/** In the order the reference lists them: by tag, as a reader meets them. */
export const OPERATIONS: Operation[] = [
  ...mapsOperations,
  ...collaborationOperations,
  ...observedOperations,
  ...historyOperations,
  ...integrationsOperations,
];
