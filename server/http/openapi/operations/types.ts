import type { z } from 'zod';

/* What an operation of the API says of itself; shared by the lists of operations. */

/** Who may call an endpoint, least first. */
export type Access = 'public' | 'key' | 'viewer' | 'commenter' | 'editor' | 'owner';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI style: `/api/maps/{id}`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** Integration token scopes the endpoint takes (none: tokens are refused). */
  scopes?: readonly ('read' | 'kpis' | 'content')[];
  body?: { schema: z.ZodType; example: unknown; contentType?: string };
  /** The success status; 200 if not said. */
  status?: number;
}

export const ANY = ['read', 'kpis', 'content'] as const;
export const WRITE = ['content'] as const;
/** The path of one map. */
export const m = '/api/maps/{id}';
