import type { RoomKind } from '../ids.ts';

/* Who may do what. Members of the workspace are owners of every map. */

/** The roles a share link can grant. */
export const LINK_ROLES = ['editor', 'commenter', 'viewer'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];
/** A caller's role on one map: `owner` holds the workspace key. */
export type Role = 'owner' | LinkRole;

const RANK: Record<Role, number> = { viewer: 0, commenter: 1, editor: 2, owner: 3 };

/** Whether `role` includes everything `min` may do. */
export function atLeast(role: Role, min: Role): boolean {
  return RANK[role] >= RANK[min];
}

/** Whether `role` may change a map's document of this kind (the workshop one: nobody). */
export function canWriteRoom(role: Role, kind: RoomKind): boolean {
  // Workshop state (vote rounds) is written by the server alone, through the HTTP API.
  if (kind === 'workshop') return false;
  if (role === 'viewer') return false;
  if (role === 'commenter') return kind === 'comments';
  return true;
}

/** Whether `value` is a role a share link can grant. */
export function isLinkRole(value: unknown): value is LinkRole {
  return LINK_ROLES.includes(value as LinkRole);
}
