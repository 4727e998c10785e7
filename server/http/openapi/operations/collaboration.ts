import { messageBody, resolvedBody, threadBody } from '../../../extensions/comments/routes.ts';
import * as content from '../../../extensions/content/schemas.ts';
import { kpiValueBody } from '../../../extensions/kpis/index.ts';
import { m, type Operation } from './types.ts';
import { contentOps } from './content.ts';

/** KPI values pushed in, the content endpoints, and comments. */
export const collaborationOperations: Operation[] = [
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
];
