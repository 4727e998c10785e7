import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { AuthEnv, Guards } from '../../http/auth.ts';
import { jsonError, readJson } from '../../http/errors.ts';
import type { Asker, CommentFailure, Comments, Outcome } from './comments.ts';

/*
 * /api/maps/:id/threads: comments. Commenters and up, with their participant token; the
 * server writes the comments document, stamping author and time itself.
 */

/** Longest comment, in characters. */
export const MAX_COMMENT_CHARS = 10_000;

const id = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);
const message = {
  id: id.optional(),
  text: z.string().trim().min(1).max(MAX_COMMENT_CHARS),
  mentions: z.array(z.string().min(1).max(64)).max(50).default([]),
};
const anchor = z.union([
  z.object({ kind: z.literal('map') }),
  z.object({ kind: z.enum(['card', 'stage']), id: z.string().min(1).max(64) }),
]);
export const threadBody = z.object({ anchor, ...message });
export const messageBody = z.object(message);
export const resolvedBody = z.object({ resolved: z.boolean() });

const EXPECTED_MESSAGE = `Expected { "text": 1 to ${MAX_COMMENT_CHARS} characters, "mentions"?: person ids, "id"?: string }`;

const FAILURES: Record<CommentFailure, [ContentfulStatusCode, string]> = {
  'no-thread': [404, 'No such thread'],
  'no-message': [404, 'No such message'],
  'no-anchor': [400, 'The card or stage to comment on does not exist'],
  'unknown-mention': [400, 'Mentions must name people of this map'],
  'not-yours': [403, 'Only its author may change a message'],
  unverified: [403, 'This message is from before verified authors and cannot be changed'],
  deleted: [409, 'This message was deleted'],
  'not-starter': [403, 'Only whoever started the thread, or an editor, may resolve or reopen it'],
  'editors-only': [403, 'Only editors may delete a whole thread'],
  'id-taken': [409, 'That id is taken'],
};

function answer<T>(c: Context, outcome: Outcome<T>, status: ContentfulStatusCode = 200) {
  if (!outcome.ok) return jsonError(c, ...FAILURES[outcome.reason]);
  return outcome.value === null ? c.body(null, 204) : c.json(outcome.value as object, status);
}

/** Adds the comments API to `api` (mounted under /api). */
export function commentRoutes(api: Hono<AuthEnv>, guards: Guards, comments: Comments): void {
  const participant = guards.onMap('commenter');
  // Everything written is credited to a participant the server issued.
  const asker = (c: Context<AuthEnv>): Asker | null => {
    const { role, linkId, participant: who } = c.get('grant');
    return who ? { mapId: c.req.param('id')!, role, linkId, participant: who } : null;
  };
  const noParticipant = (c: Context) =>
    jsonError(c, 401, 'Join the map first: send your participant token');
  const parse = async <T>(c: Context, schema: z.ZodType<T>) => {
    const parsed = schema.safeParse(await readJson(c));
    return parsed.success ? parsed.data : null;
  };
  const thread = '/maps/:id/threads/:threadId';

  api.post('/maps/:id/threads', participant, async (c) => {
    const who = asker(c);
    if (!who) return noParticipant(c);
    const body = await parse(c, threadBody);
    if (!body) return jsonError(c, 400, `${EXPECTED_MESSAGE} with "anchor"`);
    return answer(c, await comments.startThread(who, body.anchor, body), 201);
  });

  api.post(`${thread}/messages`, participant, async (c) => {
    const who = asker(c);
    if (!who) return noParticipant(c);
    const body = await parse(c, messageBody);
    if (!body) return jsonError(c, 400, EXPECTED_MESSAGE);
    return answer(c, await comments.reply(who, c.req.param('threadId'), body), 201);
  });

  api.patch(`${thread}/messages/:messageId`, participant, async (c) => {
    const who = asker(c);
    if (!who) return noParticipant(c);
    const body = await parse(c, messageBody);
    if (!body) return jsonError(c, 400, EXPECTED_MESSAGE);
    const { threadId, messageId } = c.req.param();
    return answer(c, await comments.edit(who, threadId, messageId, body));
  });

  api.delete(`${thread}/messages/:messageId`, participant, async (c) => {
    const who = asker(c);
    if (!who) return noParticipant(c);
    const { threadId, messageId } = c.req.param();
    return answer(c, await comments.remove(who, threadId, messageId));
  });

  api.put(`${thread}/resolved`, participant, async (c) => {
    const who = asker(c);
    if (!who) return noParticipant(c);
    const body = await parse(c, resolvedBody);
    if (!body) return jsonError(c, 400, 'Expected { "resolved": true | false }');
    return answer(c, await comments.resolve(who, c.req.param('threadId'), body.resolved));
  });

  api.delete(thread, participant, async (c) => {
    const who = asker(c);
    if (!who) return noParticipant(c);
    return answer(c, await comments.removeThread(who, c.req.param('threadId')));
  });
}
