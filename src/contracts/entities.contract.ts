import { z } from 'zod';
import { entityCodeSchema, provinceCodeSchema } from './roles.contract';

export const entityKinds = ['kementerian', 'lembaga', 'pemprov', 'pemkab', 'pemkot'] as const;
export const entityKindSchema = z.enum(entityKinds);
export type EntityKind = z.infer<typeof entityKindSchema>;

export const entitySummarySchema = z
  .object({
    code: z.string().describe('Kemendagri code for regional governments ("16.06"); admin-given for K/L'),
    kind: entityKindSchema,
    provinceCode: z.string().nullable(),
    regencyCode: z.string().nullable(),
    officialName: z.string(),
    shortName: z.string(),
    alias: z.string().nullable(),
    isActive: z.boolean(),
  })
  .meta({ id: 'EntitySummary' });
export type EntitySummary = z.infer<typeof entitySummarySchema>;

export const listEntitiesQuerySchema = z.object({
  search: z.string().trim().max(100).optional().describe('Part of the name, short name, alias or code'),
  kind: entityKindSchema.optional(),
  provinceCode: provinceCodeSchema.optional(),
  includeInactive: z.stringbool().default(false),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(600).default(50),
});
export type ListEntitiesQuery = z.infer<typeof listEntitiesQuerySchema>;

export const entityListSchema = z
  .object({
    items: z.array(entitySummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'EntityList' });

export const entityCodeParamsSchema = z.object({ code: entityCodeSchema });

export const createEntityRequestSchema = z
  .object({
    code: z
      .string()
      .regex(
        /^[A-Z][A-Z0-9-]{1,31}$/,
        'kode K/L: huruf besar, angka, tanda hubung (mis. K-KEMENKES) / uppercase code',
      ),
    kind: z.enum(['kementerian', 'lembaga']),
    officialName: z.string().trim().min(3).max(200),
    shortName: z.string().trim().min(2).max(80),
    alias: z.string().trim().min(1).max(40).nullable().default(null),
  })
  .meta({ id: 'CreateEntityRequest' });
export type CreateEntityRequest = z.infer<typeof createEntityRequestSchema>;

export const updateEntityRequestSchema = z
  .object({
    officialName: z.string().trim().min(3).max(200).optional(),
    shortName: z.string().trim().min(2).max(80).optional(),
    alias: z.string().trim().min(1).max(40).nullable().optional(),
    isActive: z.boolean().optional(),
  })
  .meta({ id: 'UpdateEntityRequest' });
export type UpdateEntityRequest = z.infer<typeof updateEntityRequestSchema>;
