/*
 * Participants: whoever opens a map (a member or a link guest) joins it and gets an identity
 * the server issued and signed; comments, votes and version authors are credited to it.
 */
import { nanoid } from 'nanoid';
import { z } from 'zod';
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import { jsonError, readJson } from '../../http/errors.ts';
import type { ParticipantRecord } from '../../store/store.ts';
import { ParticipantTokens } from './tokens.ts';

export const profile = z.object({
  name: z.string().trim().min(1).max(60),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#64748b'),
});

const shown = (p: Pick<ParticipantRecord, 'id' | 'name' | 'color'>) => ({
  id: p.id,
  name: p.name,
  color: p.color,
});

/** The participants extension; tokens are signed with a key derived from `workspaceKey`. */
export function participants(context: ServerContext, workspaceKey: string): Extension {
  const { store, guards } = context;
  const tokens = new ParticipantTokens(workspaceKey);

  return {
    name: 'participants',

    async identify({ mapId, credential, token }) {
      const claims = await tokens.verify(token);
      // Bound to the map and to the link (or key) it was issued through: a revoked link's
      // participants are refused with it, and no token moves to another map or link.
      if (!claims || claims.mapId !== mapId || claims.linkId !== credential.linkId) return null;
      return { id: claims.id, name: claims.name, color: claims.color };
    },

    routes(api) {
      // Any role may join: a viewer's presence and version credits need a name too.
      api.post('/maps/:id/participants', guards.onMap('viewer'), async (c) => {
        const parsed = profile.safeParse(await readJson(c));
        if (!parsed.success)
          return jsonError(c, 400, 'Expected { "name": 1 to 60 characters, "color"?: "#rrggbb" }');
        const mapId = c.req.param('id');
        if (!(await store.maps.get(mapId))) return jsonError(c, 404, 'No such map');
        const { linkId } = c.get('grant');
        const record = { id: nanoid(), mapId, linkId, ...parsed.data, createdAt: Date.now() };
        await store.participants.create(record);
        const token = await tokens.sign(record);
        return c.json({ participant: shown(record), token }, 201);
      });

      // A new name goes through the server: the next token carries it.
      api.put('/maps/:id/participants/me', guards.onMap('viewer'), async (c) => {
        const { participant, linkId } = c.get('grant');
        if (!participant) return jsonError(c, 401, 'Send your participant token to rename');
        const parsed = profile.safeParse(await readJson(c));
        if (!parsed.success)
          return jsonError(c, 400, 'Expected { "name": 1 to 60 characters, "color"?: "#rrggbb" }');
        const mapId = c.req.param('id');
        const { name, color } = parsed.data;
        if (!(await store.participants.rename(mapId, participant.id, name, color)))
          return jsonError(c, 404, 'No such participant');
        const token = await tokens.sign({ id: participant.id, mapId, linkId, name, color });
        return c.json({ participant: { id: participant.id, name, color }, token });
      });

      // Who did what: members only.
      api.get('/maps/:id/audit', guards.onMap('owner'), async (c) => {
        const mapId = c.req.param('id');
        if (!(await store.maps.get(mapId))) return jsonError(c, 404, 'No such map');
        const entries = await store.audit.list(mapId);
        return c.json({
          entries: entries.map(({ mapId: _map, at, ...entry }) => ({
            ...entry,
            at: new Date(at).toISOString(),
          })),
        });
      });
    },
  };
}
