import { z } from 'zod';
import { attachmentQuerySchema, attachmentSchema } from './meetings.contract';
import { entityCodeSchema } from './roles.contract';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal YYYY-MM-DD / a YYYY-MM-DD date');

export const coachingAttendeeSchema = z.object({
  name: z.string().trim().min(2).max(160),
  position: z.string().trim().max(200).default(''),
  institution: z.string().trim().max(200).default(''),
});

export const saveCoachingSessionRequestSchema = z
  .object({
    /** Null with a province: a province-wide session. */
    entityCode: entityCodeSchema.nullable().default(null),
    provinceCode: z.string().trim().min(2).max(10).nullable().default(null),
    heldOn: isoDate,
    topic: z.string().trim().min(3).max(300),
    facilitator: z.string().trim().min(2).max(200),
    attendees: z.array(coachingAttendeeSchema).max(300).default([]),
    notes: z.string().trim().max(20_000).default(''),
    planItemIds: z.array(z.uuid()).max(200).default([]),
  })
  .meta({ id: 'SaveCoachingSessionRequest' });
export type SaveCoachingSessionRequest = z.input<typeof saveCoachingSessionRequestSchema>;

export const updateCoachingSessionRequestSchema = saveCoachingSessionRequestSchema
  .omit({ entityCode: true, provinceCode: true })
  .extend({ version: z.number().int().min(1).describe('The version read; a stale one answers 409') })
  .meta({ id: 'UpdateCoachingSessionRequest' });
export type UpdateCoachingSessionRequest = z.input<typeof updateCoachingSessionRequestSchema>;

export const coachingSessionSchema = z
  .object({
    id: z.string(),
    entityCode: z.string().nullable(),
    entityName: z.string().nullable(),
    provinceCode: z.string(),
    heldOn: z.string(),
    topic: z.string(),
    facilitator: z.string(),
    attendees: z.array(z.object({ name: z.string(), position: z.string(), institution: z.string() })),
    notes: z.string(),
    planItemIds: z.array(z.string()),
    attachments: z.array(attachmentSchema),
    version: z.number().int(),
  })
  .meta({ id: 'CoachingSession' });
export type CoachingSession = z.infer<typeof coachingSessionSchema>;

export const coachingListQuerySchema = z.object({
  entityCode: entityCodeSchema.optional(),
  provinceCode: z.string().max(10).optional(),
});
export const coachingListSchema = z
  .object({ items: z.array(coachingSessionSchema) })
  .meta({ id: 'CoachingSessionList' });
export type CoachingSessionList = z.infer<typeof coachingListSchema>;

export const coachingParamsSchema = z.object({ sessionId: z.uuid() });
export const coachingFileParamsSchema = coachingParamsSchema.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export { attachmentQuerySchema as coachingFileQuerySchema };
