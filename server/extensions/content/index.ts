/*
 * Content over REST: list, create, update and delete a map's cards, stages and actions, as
 * integrations expect. Each write is one Yjs transaction on the live document, so connected
 * clients see it at once, credited to whoever asked; the rules are the canvas's (editors, or
 * an integration token with the content scope).
 */
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type * as Y from 'yjs';
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import type { AuthEnv } from '../../http/auth.ts';
import { jsonError, readJson } from '../../http/errors.ts';
import { contentRoom } from '../../ids.ts';
import * as ops from './operations.ts';
import * as schemas from './schemas.ts';

type Kind = 'cards' | 'stages' | 'actions';

interface Resource<C, P> {
  create: z.ZodType<C>;
  patch: z.ZodType<P>;
  add(doc: Y.Doc, body: C): ops.Applied;
  change(doc: Y.Doc, id: string, body: P): ops.Applied;
  remove(doc: Y.Doc, id: string): ops.Applied;
}

const RESOURCES: Record<Kind, Resource<never, never>> = {
  cards: {
    create: schemas.newCard,
    patch: schemas.cardPatch,
    add: ops.createCard,
    change: ops.patchCard,
    remove: ops.removeCard,
  } as Resource<schemas.NewCardBody, schemas.CardPatchBody> as Resource<never, never>,
  stages: {
    create: schemas.newStage,
    patch: schemas.stagePatch,
    add: ops.createStage,
    change: ops.patchStage,
    remove: ops.removeStage,
  } as Resource<schemas.NewStageBody, schemas.StagePatchBody> as Resource<never, never>,
  actions: {
    create: schemas.newAction,
    patch: schemas.actionPatch,
    add: ops.createAction,
    change: ops.patchAction,
    remove: ops.removeAction,
  } as Resource<schemas.NewActionBody, schemas.ActionPatchBody> as Resource<never, never>,
};

const SINGULAR: Record<Kind, string> = { cards: 'card', stages: 'stage', actions: 'action' };

function routes(api: Hono<AuthEnv>, { store, rooms, maps, guards }: ServerContext): void {
  const reader = guards.onMap('viewer', ['read', 'kpis', 'content']);
  const writer = guards.onMap('editor', ['content']);

  // Parses the body against `schema`; a 400 with every problem if it does not fit.
  async function body<T>(c: Context<AuthEnv>, schema: z.ZodType<T>) {
    const raw = await readJson(c);
    if (raw === undefined) return { error: jsonError(c, 400, 'Request body must be JSON') };
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return {
        error: jsonError(c, 400, 'Invalid request body', {
          problems: schemas.problemsOf(parsed.error),
        }),
      };
    return { value: parsed.data };
  }

  // Runs one operation on the live document as the caller, then answers with the entry.
  async function apply(c: Context<AuthEnv>, kind: Kind, run: (doc: Y.Doc) => ops.Applied) {
    const id = c.req.param('id')!;
    if (!(await store.maps.get(id))) return jsonError(c, 404, 'No such map');
    const actor = c.get('grant').participant?.name ?? null;
    const result = await rooms.update(contentRoom(id), run, actor);
    if (!result.ok) return jsonError(c, result.status, result.error);
    const state = await maps.exportMap(id);
    const entry = (state?.[kind] as { id: string }[] | undefined)?.find((e) => e.id === result.id);
    return entry ?? null;
  }

  for (const kind of Object.keys(RESOURCES) as Kind[]) {
    const resource = RESOURCES[kind];
    const one = SINGULAR[kind];

    api.get(`/maps/:id/${kind}`, reader, async (c) => {
      const state = await maps.exportMap(c.req.param('id'));
      return state ? c.json({ [kind]: state[kind] }) : jsonError(c, 404, 'No such map');
    });

    api.get(`/maps/:id/${kind}/:entryId`, reader, async (c) => {
      const state = await maps.exportMap(c.req.param('id'));
      if (!state) return jsonError(c, 404, 'No such map');
      const entry = (state[kind] as { id: string }[]).find((e) => e.id === c.req.param('entryId'));
      return entry ? c.json(entry) : jsonError(c, 404, `No such ${one}`);
    });

    api.post(`/maps/:id/${kind}`, writer, async (c) => {
      const parsed = await body(c, resource.create);
      if ('error' in parsed) return parsed.error;
      const done = await apply(c, kind, (doc) => resource.add(doc, parsed.value));
      return done instanceof Response ? done : c.json(done, 201);
    });

    api.patch(`/maps/:id/${kind}/:entryId`, writer, async (c) => {
      const parsed = await body(c, resource.patch);
      if ('error' in parsed) return parsed.error;
      const entryId = c.req.param('entryId');
      const done = await apply(c, kind, (doc) => resource.change(doc, entryId, parsed.value));
      return done instanceof Response ? done : c.json(done);
    });

    api.delete(`/maps/:id/${kind}/:entryId`, writer, async (c) => {
      const entryId = c.req.param('entryId');
      const done = await apply(c, kind, (doc) => resource.remove(doc, entryId));
      return done instanceof Response ? done : c.body(null, 204);
    });
  }
}

/** The content extension. */
export function content(context: ServerContext): Extension {
  return { name: 'content', routes: (api) => routes(api, context) };
}
