import { saveBody } from '../../../extensions/versions/routes.ts';
import { roundBody, voteBody } from '../../../extensions/workshop/routes.ts';
import { m, type Operation } from './types.ts';

/** Versions, restores, and the workshop (presenting, timer, dot votes). */
export const historyOperations: Operation[] = [
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
];
