import { tokenBody } from '../../../extensions/tokens/index.ts';
import { webhookBody } from '../../../extensions/webhooks/routes.ts';
import { m, type Operation } from './types.ts';

/** Integration tokens and webhooks. */
export const integrationsOperations: Operation[] = [
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
