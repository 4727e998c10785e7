import { z } from 'zod';
import { OPERATIONS, type Operation } from './operations.ts';

/* The OpenAPI 3.1 document, built from the operations and their zod schemas. */

const ACCESS_TEXT: Record<Operation['access'], string> = {
  public: 'No credentials.',
  key: 'The workspace key.',
  viewer: 'Any share link of the map, or the key.',
  commenter: 'A commenter or editor link, or the key.',
  editor: 'An editor link, or the key.',
  owner: 'The workspace key.',
};

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'string' }, problems: { type: 'array', items: { type: 'string' } } },
};

function operationObject(op: Operation) {
  const params = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const scopes = op.scopes?.length
    ? ` Integration tokens with scope ${op.scopes.join(' or ')}.`
    : op.access === 'public'
      ? ''
      : ' Integration tokens are refused.';
  const status = String(op.status ?? 200);
  return {
    summary: op.summary,
    tags: [op.tag],
    description: `Who may call it: ${ACCESS_TEXT[op.access]}${scopes}`,
    ...(op.access === 'public' ? { security: [] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: {
              [op.body.contentType ?? 'application/json']: {
                schema: z.toJSONSchema(op.body.schema, { io: 'input', unrepresentable: 'any' }),
                example: op.body.example,
              },
            },
          },
        }
      : {}),
    responses: {
      [status]: { description: status === '204' ? 'Done; no content' : 'Done' },
      '4XX': {
        description:
          'Refused: bad input (400), no or bad credentials (401), not allowed (403), missing (404) …',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    },
  };
}

/** The whole document. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Trailmap API',
      version: '1',
      description:
        'Co-edit living customer journey maps. Send the workspace key, a share-link token or an integration token as `Authorization: Bearer <token>`. Every error is `{ "error": message }`, with `problems` where there are several.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
