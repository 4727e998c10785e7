import { z } from 'zod';
import { CARD_KINDS, CHANNELS, EVIDENCE_LEVELS } from '../../../src/doc/index.ts';

/*
 * What the content endpoints accept: the same fields and limits as the export format, so an
 * integration can write nothing the canvas could not. Unknown fields are refused, not ignored.
 */

const id = z.string().min(1).max(64);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const score = z.number().int().min(1).max(5);

const cardFields = {
  title: z.string().trim().min(1).max(500),
  kind: z.enum(CARD_KINDS),
  description: z.string().max(20_000),
  channel: z.enum(CHANNELS).nullable(),
  ownerId: id.nullable(),
  momentOfTruth: z.boolean(),
  evidence: z.enum(EVIDENCE_LEVELS),
  reviewedAt: day.nullable(),
  /** personaId → −2…+2, or null to clear that persona's score. */
  emotion: z.record(id, z.number().int().min(-2).max(2).nullable()),
  stageId: id,
  laneId: id,
};

export const newCard = z
  .object(cardFields)
  .partial()
  .required({ title: true, stageId: true, laneId: true })
  .strict();
export const cardPatch = z.object(cardFields).partial().strict();

const stageFields = {
  name: z.string().trim().min(1).max(200),
  goal: z.string().max(2000),
  ownerId: id.nullable(),
  /** Position among the stages, 0 first (default: last). */
  index: z.number().int().min(0),
};

export const newStage = z.object(stageFields).partial().required({ name: true }).strict();
export const stagePatch = z.object(stageFields).partial().strict();

const actionFields = {
  title: z.string().trim().min(1).max(500),
  ownerId: id.nullable(),
  due: day.nullable(),
  status: z.enum(['todo', 'doing', 'done']),
  impact: score,
  effort: score,
  cardIds: z.array(id).max(200),
};

export const newAction = z.object(actionFields).partial().required({ title: true }).strict();
export const actionPatch = z.object(actionFields).partial().strict();

export type NewCardBody = z.infer<typeof newCard>;
export type CardPatchBody = z.infer<typeof cardPatch>;
export type NewStageBody = z.infer<typeof newStage>;
export type StagePatchBody = z.infer<typeof stagePatch>;
export type NewActionBody = z.infer<typeof newAction>;
export type ActionPatchBody = z.infer<typeof actionPatch>;

/** One line per problem, `field: message`. */
export function problemsOf(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
}
