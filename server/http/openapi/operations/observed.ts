import { z } from 'zod';
import { ANY, m, type Operation } from './types.ts';

/** Observed journeys: event logs imported into observation sets. */
export const observedOperations: Operation[] = [
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
];
