import { z } from 'zod';
import { attachmentQuerySchema, attachmentSchema } from './meetings.contract';
import { entityCodeSchema } from './roles.contract';
import { entityAnswersSchema } from './unit-answers.contract';

const yearSchema = z.coerce.number().int().min(2000).max(2100);
// A real calendar date (z.iso.date checks month and day), not only its shape: 2026-02-30 would reach the database.
const isoDate = z.iso.date('tanggal YYYY-MM-DD yang ada / an existing YYYY-MM-DD date');

export const simulatorParamsSchema = z.object({ code: entityCodeSchema });
export const simulatorQuerySchema = z.object({ year: yearSchema.optional() });

export const peerScoreSchema = z.object({ code: z.string(), name: z.string(), score: z.number() });

export const simulatorInputSchema = z
  .object({
    entity: z.object({
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      provinceCode: z.string().nullable(),
    }),
    year: z.number().int().nullable(),
    /** collected: the cycle's answers; none: nothing scored yet (the page says so). */
    source: z.enum(['collected', 'none']),
    methodologyRef: z.string().nullable(),
    /** The edition itself (validated JSON), so the page scores with the same core as the server. */
    methodology: z.unknown(),
    answers: entityAnswersSchema.nullable(),
    peers: z.object({
      year: z.number().int().nullable(),
      province: z.array(peerScoreSchema),
      national: z.array(peerScoreSchema),
    }),
    availableYears: z.array(z.number().int()),
  })
  .meta({ id: 'SimulatorInput' });
export type SimulatorInput = z.infer<typeof simulatorInputSchema>;

export const planItemStatusSchema = z.enum(['planned', 'in_progress', 'done', 'dropped']);
export type PlanItemStatus = z.infer<typeof planItemStatusSchema>;

export const planParamsSchema = z.object({ code: entityCodeSchema, year: yearSchema });
export const planItemParamsSchema = planParamsSchema.extend({ itemId: z.uuid() });
/** Removing an item names the version read: a stale one answers 409 with the current item. */
export const removePlanItemQuerySchema = z.object({ version: z.coerce.number().int().min(1) });
export const planItemFileParamsSchema = planItemParamsSchema.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export { attachmentQuerySchema as planFileQuerySchema };

export const newPlanItemSchema = z.object({
  unitId: z.uuid().nullable().default(null),
  indicatorCode: z.string().trim().min(1).max(40),
  action: z.string().trim().min(3).max(2000),
  ownerName: z.string().trim().max(160).default(''),
  ownerPosition: z.string().trim().max(200).default(''),
  dueDate: isoDate.nullable().default(null),
  expectedGain: z.number().min(-100).max(100).nullable().default(null),
});
export type NewPlanItem = z.infer<typeof newPlanItemSchema>;

export const createPlanRequestSchema = z
  .object({
    title: z.string().trim().max(300).default(''),
    methodologyRef: z.string().max(100).nullable().default(null),
    baselineScore: z.number().min(0).max(100).nullable().default(null),
    items: z.array(newPlanItemSchema).max(200),
  })
  .meta({ id: 'CreatePlanRequest' });
export type CreatePlanRequest = z.input<typeof createPlanRequestSchema>;

export const updatePlanItemRequestSchema = z
  .object({
    version: z.number().int().min(1).describe('The version read; a stale one answers 409'),
    status: planItemStatusSchema.optional(),
    action: z.string().trim().min(3).max(2000).optional(),
    ownerName: z.string().trim().max(160).optional(),
    ownerPosition: z.string().trim().max(200).optional(),
    dueDate: isoDate.nullable().optional(),
    note: z.string().trim().min(1).max(4000).optional().describe('Appended to the progress notes'),
  })
  .meta({ id: 'UpdatePlanItemRequest' });
export type UpdatePlanItemRequest = z.infer<typeof updatePlanItemRequestSchema>;

export const progressNoteSchema = z.object({ at: z.string(), authorName: z.string(), text: z.string() });

export const planItemSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    indicatorCode: z.string(),
    action: z.string(),
    ownerName: z.string(),
    ownerPosition: z.string(),
    dueDate: z.string().nullable(),
    status: planItemStatusSchema,
    expectedGain: z.number().nullable(),
    notes: z.array(progressNoteSchema),
    files: z.array(attachmentSchema),
    version: z.number().int(),
    overdue: z.boolean(),
    dueSoon: z.boolean(),
    /** Next cycle: the indicator's points in the plan's year and the next (null until both are scored). */
    pointsBefore: z.number().nullable(),
    pointsAfter: z.number().nullable(),
    realisedGain: z.number().nullable(),
    improved: z.boolean().nullable(),
  })
  .meta({ id: 'PlanItem' });
export type PlanItem = z.infer<typeof planItemSchema>;

export const planProgressSchema = z.object({
  total: z.number().int(),
  planned: z.number().int(),
  inProgress: z.number().int(),
  done: z.number().int(),
  dropped: z.number().int(),
  overdue: z.number().int(),
  plannedGain: z.number(),
});

export const planSchema = z
  .object({
    entityCode: z.string(),
    entityName: z.string(),
    provinceCode: z.string().nullable(),
    year: z.number().int(),
    title: z.string(),
    methodologyRef: z.string().nullable(),
    baselineScore: z.number().nullable(),
    createdAt: z.string(),
    items: z.array(planItemSchema),
    progress: planProgressSchema,
    baseline: z
      .object({
        nextYear: z.number().int(),
        scoreBefore: z.number().nullable(),
        scoreAfter: z.number().nullable(),
        plannedGain: z.number(),
        realisedGain: z.number().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'ImprovementPlan' });
export type Plan = z.infer<typeof planSchema>;

export const planListQuerySchema = z.object({
  year: yearSchema.optional(),
  provinceCode: z.string().max(10).optional(),
  overdueOnly: z.enum(['true', 'false']).optional(),
});

export const planSummarySchema = z.object({
  entityCode: z.string(),
  entityName: z.string(),
  provinceCode: z.string().nullable(),
  year: z.number().int(),
  title: z.string(),
  progress: planProgressSchema,
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;
export const planListSchema = z.object({ items: z.array(planSummarySchema) }).meta({ id: 'PlanList' });
export type PlanList = z.infer<typeof planListSchema>;
