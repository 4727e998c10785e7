import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { atLeast } from '../../auth/roles.ts';
import type { AuthEnv, Guards } from '../../http/auth.ts';
import { jsonError, readJson } from '../../http/errors.ts';
import type { Outcome, Workshop, WorkshopFailure } from './workshop.ts';

/*
 * /api/maps/:id/rounds: dot voting. Facilitators (editor links and members) run rounds;
 * participants (commenters and up, guests included) vote as the participant the server
 * issued them (their participant token): one participant's dots are counted together.
 */

const cardId = z.string().min(1).max(100);

export const roundBody = z.object({
  title: z.string().trim().min(1).max(120),
  cardIds: z.array(cardId).min(1).max(200),
  perPerson: z.number().int().min(1).max(20),
});
// Any other field (an old client's `voter` secret) is ignored: the participant votes.
export const voteBody = z.object({ cardId });

const FAILURES: Record<WorkshopFailure, [ContentfulStatusCode, string]> = {
  'no-map': [404, 'No such map'],
  'no-round': [404, 'No such round'],
  'unknown-cards': [400, 'Every card id must be a card of this map'],
  'duplicate-cards': [400, 'A card can be in a round only once'],
  hidden: [403, 'The results are hidden until the facilitator reveals them'],
  closed: [409, 'This round is closed'],
  revealed: [409, 'The votes of this round are revealed and final'],
  'not-in-round': [400, 'That card is not part of this round'],
  'no-votes-left': [409, 'You have no votes left in this round'],
  'none-here': [404, 'You have no vote on that card'],
};

function answer<T>(c: Context, outcome: Outcome<T>, status: ContentfulStatusCode = 200) {
  if (!outcome.ok) return jsonError(c, ...FAILURES[outcome.reason]);
  return c.json(outcome.value as object, status);
}

async function parse<T>(c: Context, schema: z.ZodType<T>): Promise<T | null> {
  const parsed = schema.safeParse(await readJson(c));
  return parsed.success ? parsed.data : null;
}

/** Adds the dot-voting API to `api` (mounted under /api). */
export function voteRoutes(api: Hono<AuthEnv>, guards: Guards, workshop: Workshop): void {
  const facilitator = guards.onMap('editor');
  const participant = guards.onMap('commenter');
  const anyone = guards.onMap('viewer');
  const round = '/maps/:id/rounds/:roundId';

  api.post('/maps/:id/rounds', facilitator, async (c) => {
    const body = await parse(c, roundBody);
    if (!body) {
      return jsonError(
        c,
        400,
        'Expected { "title": 1 to 120 characters, "cardIds": 1 to 200 card ids, "perPerson": 1 to 20 }',
      );
    }
    return answer(c, await workshop.createRound(c.req.param('id'), body), 201);
  });

  const voterOf = (c: Context<AuthEnv>) => {
    const { participant, linkId } = c.get('grant');
    return participant ? { participantId: participant.id, linkId } : null;
  };
  const noParticipant = (c: Context) =>
    jsonError(c, 401, 'Join the map first: send your participant token');

  const ballotRoute = (change: 'vote' | 'unvote') => async (c: Context<AuthEnv>) => {
    const voter = voterOf(c);
    if (!voter) return noParticipant(c);
    const body = await parse(c, voteBody);
    if (!body) return jsonError(c, 400, 'Expected { "cardId" }');
    const { id, roundId } = c.req.param();
    return answer(c, await workshop[change](id!, roundId!, voter, body.cardId));
  };
  api.post(`${round}/votes`, participant, ballotRoute('vote'));
  api.delete(`${round}/votes`, participant, ballotRoute('unvote'));

  api.post(`${round}/mine`, participant, async (c) => {
    const voter = voterOf(c);
    if (!voter) return noParticipant(c);
    const { id, roundId } = c.req.param();
    return answer(c, await workshop.mine(id!, roundId!, voter));
  });

  for (const action of ['reveal', 'close'] as const) {
    api.post(`${round}/${action}`, facilitator, async (c) => {
      return answer(c, await workshop[action](c.req.param('id'), c.req.param('roundId')));
    });
  }

  api.get(`${round}/results`, anyone, async (c) => {
    const { id, roundId } = c.req.param();
    const facilitating = atLeast(c.get('grant').role, 'editor');
    return answer(c, await workshop.results(id, roundId, facilitating));
  });
}
