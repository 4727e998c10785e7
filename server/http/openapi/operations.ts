import { z } from 'zod';
import { linkBody } from '../../extensions/access/linkRoutes.ts';
import { messageBody, resolvedBody, threadBody } from '../../extensions/comments/routes.ts';
import * as content from '../../extensions/content/schemas.ts';
import { kpiValueBody } from '../../extensions/kpis/index.ts';
import { profile } from '../../extensions/participants/index.ts';
import { tokenBody } from '../../extensions/tokens/index.ts';
import { saveBody } from '../../extensions/versions/routes.ts';
import { webhookBody } from '../../extensions/webhooks/routes.ts';
import { roundBody, voteBody } from '../../extensions/workshop/routes.ts';
import { createBody } from '../mapRoutes.ts';

/*
 * Every endpoint of the API, with the zod schema that validates its body (the very one the
 * route uses) and an example. The OpenAPI document is built from this list, and a test holds
 * it to the routes the server answers.
 */

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

const ANY = ['read', 'kpis', 'content'] as const;
const WRITE = ['content'] as const;
const m = '/api/maps/{id}';

const contentOps = (
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

export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/healthz',
    summary: 'Whether the server and its engines answer',
    tag: 'Server',
    access: 'public',
  },
  {
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics',
    tag: 'Server',
    access: 'public',
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This description',
    tag: 'Server',
    access: 'public',
  },
  {
    method: 'get',
    path: '/api/docs',
    summary: 'This description, readable',
    tag: 'Server',
    access: 'public',
  },
  {
    method: 'get',
    path: '/api/docs/{asset}',
    summary: 'The readable description’s script and style (served here, no internet needed)',
    tag: 'Server',
    access: 'public',
  },
  {
    method: 'get',
    path: '/api/templates',
    summary: 'The map templates',
    tag: 'Maps',
    access: 'public',
  },
  { method: 'get', path: '/api/maps', summary: 'List the maps', tag: 'Maps', access: 'key' },
  {
    method: 'post',
    path: '/api/maps',
    summary: 'Create a map',
    tag: 'Maps',
    access: 'key',
    status: 201,
    body: { schema: createBody, example: { title: 'Onboarding', template: 'saas' } },
  },
  {
    method: 'post',
    path: '/api/maps/import',
    summary:
      'Create a map from an export or a Mermaid journey (Content-Type text/vnd.mermaid, or { "format": "mermaid", "text" })',
    tag: 'Maps',
    access: 'key',
    status: 201,
    body: {
      schema: z.object({ format: z.literal('mermaid'), text: z.string() }),
      example: {
        format: 'mermaid',
        text: 'journey\n  title Buying a bike\n  section Visit\n    Test ride: 5: Ann',
      },
    },
  },
  {
    method: 'get',
    path: m,
    summary: 'A map’s title and times',
    tag: 'Maps',
    access: 'viewer',
    scopes: ANY,
  },
  {
    method: 'delete',
    path: m,
    summary: 'Delete a map and all its data',
    tag: 'Maps',
    access: 'owner',
    status: 204,
  },
  {
    method: 'get',
    path: `${m}/export`,
    summary: 'The map as JSON, or as a Mermaid journey with ?format=mermaid',
    tag: 'Maps',
    access: 'viewer',
    scopes: ANY,
  },
  {
    method: 'get',
    path: `${m}/access`,
    summary: 'Your role on the map',
    tag: 'Maps',
    access: 'viewer',
    scopes: ANY,
  },
  {
    method: 'get',
    path: `${m}/links`,
    summary: 'List share links',
    tag: 'Sharing',
    access: 'owner',
  },
  {
    method: 'post',
    path: `${m}/links`,
    summary: 'Create a share link (its token is shown once)',
    tag: 'Sharing',
    access: 'owner',
    status: 201,
    body: { schema: linkBody, example: { role: 'viewer', history: false } },
  },
  {
    method: 'delete',
    path: `${m}/links/{linkId}`,
    summary: 'Revoke a share link',
    tag: 'Sharing',
    access: 'owner',
    status: 204,
  },
  {
    method: 'post',
    path: `${m}/participants`,
    summary: 'Join the map as a participant',
    tag: 'Participants',
    access: 'viewer',
    status: 201,
    body: { schema: profile, example: { name: 'Ana', color: '#4f46e5' } },
  },
  {
    method: 'put',
    path: `${m}/participants/me`,
    summary: 'Rename yourself',
    tag: 'Participants',
    access: 'viewer',
    body: { schema: profile, example: { name: 'Ana P.' } },
  },
  {
    method: 'get',
    path: `${m}/audit`,
    summary: 'Who did what',
    tag: 'Participants',
    access: 'owner',
  },
  {
    method: 'put',
    path: `${m}/kpis/{kpiId}/current`,
    summary: 'Set a KPI’s current value',
    tag: 'KPIs',
    access: 'editor',
    scopes: ['kpis', 'content'],
    body: { schema: kpiValueBody, example: { value: 42.5 } },
  },
  ...contentOps(
    'cards',
    content.newCard,
    content.cardPatch,
    { title: 'Reads the welcome mail', stageId: 'st1', laneId: 'ln1', channel: 'email' },
    { momentOfTruth: true },
  ),
  ...contentOps(
    'stages',
    content.newStage,
    content.stagePatch,
    { name: 'Renewal', index: 0 },
    { goal: 'Keep them' },
  ),
  ...contentOps(
    'actions',
    content.newAction,
    content.actionPatch,
    { title: 'Shorten signup', impact: 5, effort: 2, due: '2026-03-01' },
    { status: 'doing' },
  ),
  {
    method: 'post',
    path: `${m}/threads`,
    summary: 'Start a comment thread',
    tag: 'Comments',
    access: 'commenter',
    status: 201,
    body: { schema: threadBody, example: { anchor: { kind: 'map' }, text: 'Is this still true?' } },
  },
  {
    method: 'delete',
    path: `${m}/threads/{threadId}`,
    summary: 'Delete a thread',
    tag: 'Comments',
    access: 'commenter',
    status: 204,
  },
  {
    method: 'post',
    path: `${m}/threads/{threadId}/messages`,
    summary: 'Reply in a thread',
    tag: 'Comments',
    access: 'commenter',
    status: 201,
    body: { schema: messageBody, example: { text: 'Yes, checked today' } },
  },
  {
    method: 'patch',
    path: `${m}/threads/{threadId}/messages/{messageId}`,
    summary: 'Edit your message',
    tag: 'Comments',
    access: 'commenter',
    body: { schema: messageBody, example: { text: 'Yes, checked on Monday' } },
  },
  {
    method: 'delete',
    path: `${m}/threads/{threadId}/messages/{messageId}`,
    summary: 'Delete your message',
    tag: 'Comments',
    access: 'commenter',
    status: 204,
  },
  {
    method: 'put',
    path: `${m}/threads/{threadId}/resolved`,
    summary: 'Resolve or reopen a thread',
    tag: 'Comments',
    access: 'commenter',
    body: { schema: resolvedBody, example: { resolved: true } },
  },
  {
    method: 'post',
    path: `${m}/observations`,
    summary:
      'Import an event log (CSV or XES, plain or gzip; query name, source, format and CSV columns) as an observation set',
    tag: 'Observed journeys',
    access: 'editor',
    scopes: ['kpis', 'content'],
    status: 201,
    body: {
      schema: z.string().min(1),
      example: 'case,activity,timestamp\nT-1,Open ticket,2026-03-02T09:00:00Z\n',
      contentType: 'text/csv',
    },
  },
  {
    method: 'get',
    path: `${m}/observations`,
    summary: "The map's observation sets, newest first",
    tag: 'Observed journeys',
    access: 'viewer',
    scopes: ANY,
  },
  {
    method: 'get',
    path: `${m}/observations/{setId}`,
    summary: 'One observation set with its figures',
    tag: 'Observed journeys',
    access: 'viewer',
    scopes: ANY,
  },
  {
    method: 'delete',
    path: `${m}/observations/{setId}`,
    summary: 'Delete an observation set',
    tag: 'Observed journeys',
    access: 'editor',
    status: 204,
  },
  {
    method: 'get',
    path: `${m}/versions`,
    summary: 'List versions',
    tag: 'History',
    access: 'viewer',
  },
  {
    method: 'post',
    path: `${m}/versions`,
    summary: 'Save a named version',
    tag: 'History',
    access: 'editor',
    status: 201,
    body: { schema: saveBody, example: { name: 'Before launch' } },
  },
  {
    method: 'get',
    path: `${m}/versions/{versionId}/export`,
    summary: 'A version as JSON',
    tag: 'History',
    access: 'viewer',
  },
  {
    method: 'post',
    path: `${m}/versions/{versionId}/restore`,
    summary: 'Restore a version as a new edit',
    tag: 'History',
    access: 'editor',
  },
  {
    method: 'post',
    path: `${m}/rounds`,
    summary: 'Start a dot-vote round',
    tag: 'Workshop',
    access: 'editor',
    status: 201,
    body: {
      schema: roundBody,
      example: { title: 'Biggest pain', cardIds: ['c1', 'c2'], perPerson: 3 },
    },
  },
  {
    method: 'post',
    path: `${m}/rounds/{roundId}/votes`,
    summary: 'Place a dot',
    tag: 'Workshop',
    access: 'commenter',
    body: { schema: voteBody, example: { cardId: 'c1' } },
  },
  {
    method: 'delete',
    path: `${m}/rounds/{roundId}/votes`,
    summary: 'Take back a dot',
    tag: 'Workshop',
    access: 'commenter',
    body: { schema: voteBody, example: { cardId: 'c1' } },
  },
  {
    method: 'post',
    path: `${m}/rounds/{roundId}/mine`,
    summary: 'Your dots in a round',
    tag: 'Workshop',
    access: 'viewer',
  },
  {
    method: 'get',
    path: `${m}/rounds/{roundId}/results`,
    summary: 'A round’s results',
    tag: 'Workshop',
    access: 'viewer',
  },
  {
    method: 'post',
    path: `${m}/rounds/{roundId}/reveal`,
    summary: 'Reveal a round',
    tag: 'Workshop',
    access: 'editor',
  },
  {
    method: 'post',
    path: `${m}/rounds/{roundId}/close`,
    summary: 'Close a round',
    tag: 'Workshop',
    access: 'editor',
  },
  {
    method: 'get',
    path: `${m}/tokens`,
    summary: 'List the map’s integration tokens (never their secrets)',
    tag: 'Integrations',
    access: 'editor',
  },
  {
    method: 'post',
    path: `${m}/tokens`,
    summary: 'Create an integration token (shown once)',
    tag: 'Integrations',
    access: 'editor',
    status: 201,
    body: { schema: tokenBody, example: { name: 'Data warehouse', scope: 'kpis' } },
  },
  {
    method: 'delete',
    path: `${m}/tokens/{tokenId}`,
    summary: 'Revoke an integration token',
    tag: 'Integrations',
    access: 'editor',
    status: 204,
  },
  {
    method: 'get',
    path: '/api/tokens',
    summary: 'List workspace integration tokens',
    tag: 'Integrations',
    access: 'key',
  },
  {
    method: 'post',
    path: '/api/tokens',
    summary: 'Create a workspace integration token (shown once)',
    tag: 'Integrations',
    access: 'key',
    status: 201,
    body: { schema: tokenBody, example: { name: 'Reporting', scope: 'read' } },
  },
  {
    method: 'delete',
    path: '/api/tokens/{tokenId}',
    summary: 'Revoke a workspace integration token',
    tag: 'Integrations',
    access: 'key',
    status: 204,
  },
  {
    method: 'get',
    path: `${m}/webhooks`,
    summary: 'List webhooks (never their secrets)',
    tag: 'Integrations',
    access: 'editor',
  },
  {
    method: 'post',
    path: `${m}/webhooks`,
    summary: 'Register a webhook (its signing secret is shown once)',
    tag: 'Integrations',
    access: 'editor',
    status: 201,
    body: {
      schema: webhookBody,
      example: {
        url: 'https://hooks.example.com/trailmap',
        events: ['action.created', 'kpi.off_target'],
      },
    },
  },
  {
    method: 'delete',
    path: `${m}/webhooks/{hookId}`,
    summary: 'Delete a webhook and its deliveries',
    tag: 'Integrations',
    access: 'editor',
    status: 204,
  },
  {
    method: 'get',
    path: `${m}/webhooks/deliveries`,
    summary: 'Recent deliveries and their status',
    tag: 'Integrations',
    access: 'editor',
  },
];
