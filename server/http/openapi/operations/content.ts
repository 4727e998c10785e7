import type { z } from 'zod';
import { ANY, WRITE, m, type Operation } from './types.ts';

/** The five endpoints of one kind of content (cards, stages, actions). */
export const contentOps = (
  kind: 'cards' | 'stages' | 'actions',
  create: z.ZodType,
  patch: z.ZodType,
  example: unknown,
  patchExample: unknown,
): Operation[] => [
  {
    method: 'get',
    path: `${m}/${kind}`,
    summary: `List the map's ${kind}`,
    tag: 'Content',
    access: 'viewer',
    scopes: ANY,
  },
  {
    method: 'post',
    path: `${m}/${kind}`,
    summary: `Create one of the map's ${kind}`,
    tag: 'Content',
    access: 'editor',
    scopes: WRITE,
    status: 201,
    body: { schema: create, example },
  },
  {
    method: 'get',
    path: `${m}/${kind}/{entryId}`,
    summary: `Read one of the map's ${kind}`,
    tag: 'Content',
    access: 'viewer',
    scopes: ANY,
  },
  {
    method: 'patch',
    path: `${m}/${kind}/{entryId}`,
    summary: `Change one of the map's ${kind}`,
    tag: 'Content',
    access: 'editor',
    scopes: WRITE,
    body: { schema: patch, example: patchExample },
  },
  {
    method: 'delete',
    path: `${m}/${kind}/{entryId}`,
    summary: `Delete one of the map's ${kind}`,
    tag: 'Content',
    access: 'editor',
    scopes: WRITE,
    status: 204,
  },
];
