/*
 * Comments: the server alone writes the `<map>.comments` document, from checked operations
 * credited to the participant it issued (own edits only; resolving by starter or editors).
 */
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import { createComments } from './comments.ts';
import { commentRoutes } from './routes.ts';

/** The comments extension. */
export function comments(context: ServerContext): Extension {
  const api = createComments(context.store, context.rooms, context.events);
  return {
    name: 'comments',
    // Clients read comments; every write goes through the API, checked and stamped.
    canWrite: (room) => (room.kind === 'comments' ? false : undefined),
    routes: (router) => commentRoutes(router, context.guards, api),
  };
}
