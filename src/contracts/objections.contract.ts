import { z } from 'zod';

export const objectionStatusSchema = z.enum(['open', 'accepted', 'rejected']);
export type ObjectionStatus = z.infer<typeof objectionStatusSchema>;

export const objectionSchema = z
  .object({
    id: z.string().uuid(),
    year: z.number().int(),
    entityCode: z.string(),
    entityName: z.string(),
    provinceCode: z.string().nullable(),
    unitId: z.string().uuid().nullable(),
    unitName: z.string().nullable(),
    indicatorCode: z.string().nullable(),
    text: z.string(),
    status: objectionStatusSchema,
    decisionNote: z.string().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().datetime().nullable(),
    filedByName: z.string(),
    filedAt: z.string().datetime(),
    files: z.array(z.object({ sha256: z.string(), fileName: z.string(), mediaType: z.string() })),
  })
  .meta({ id: 'Objection' });
export type Objection = z.infer<typeof objectionSchema>;

export const objectionListSchema = z
  .object({ items: z.array(objectionSchema) })
  .meta({ id: 'ObjectionList' });

export const objectionListQuerySchema = z.object({
  entity: z.string().trim().min(1).max(20).optional(),
  status: objectionStatusSchema.optional(),
});

export const fileObjectionRequestSchema = z
  .object({
    entityCode: z.string().trim().min(1).max(20),
    unitId: z.string().uuid().nullable().default(null).describe('The disputed unit (units.id), if any'),
    indicatorCode: z.string().trim().min(1).max(40).nullable().default(null),
    text: z.string().trim().min(10).max(4000),
  })
  .meta({ id: 'FileObjectionRequest' });
export type FileObjectionRequest = z.infer<typeof fileObjectionRequestSchema>;

export const decideObjectionRequestSchema = z
  .object({
    decision: z.enum(['accepted', 'rejected']),
    note: z.string().trim().min(3).max(4000),
  })
  .meta({ id: 'DecideObjectionRequest' });
export type DecideObjectionRequest = z.infer<typeof decideObjectionRequestSchema>;

export const objectionParamsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  id: z.string().uuid(),
});
export const objectionFileParamsSchema = objectionParamsSchema.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const objectionFileQuerySchema = z.object({
  fileName: z.string().trim().min(1).max(200),
});
