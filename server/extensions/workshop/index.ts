/*
 * Workshop: dot voting. Votes live in the store until revealed; the `<map>.workshop`
 * document, which every role reads and only the server writes, shows the rounds.
 */
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import { voteRoutes } from './routes.ts';
import { createWorkshop } from './workshop.ts';

/** The workshop extension. */
export function workshop(context: ServerContext): Extension {
  const api = createWorkshop(context);
  return {
    name: 'workshop',
    // Workshop state is written by the server alone, through the HTTP API.
    canWrite: (room) => (room.kind === 'workshop' ? false : undefined),
    routes: (router) => voteRoutes(router, context.guards, api),
  };
}
