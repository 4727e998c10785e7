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

/** Whether `value` is a role a share link can grant. */
export function isLinkRole(value: unknown): value is LinkRole {
  return LINK_ROLES.includes(value as LinkRole);
}
