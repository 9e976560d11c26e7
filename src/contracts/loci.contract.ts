import { z } from 'zod';
import { entityKindSchema } from './entities.contract';
import { entityCodeSchema, provinceCodeSchema } from './roles.contract';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

export const plannedRoleSchema = z.object({
  role: z.string(),
  text: bilingualSchema,
  count: z.number().int(),
});

/** Derived from the cycle's edition at read time; never stored. */
export const respondentPlanSchema = z
  .object({
    perUnit: z.array(plannedRoleSchema).describe('Asked at every locus unit'),
    perEntity: z.array(plannedRoleSchema).describe('Quotas over the whole entity (service users)'),
    perUnitTotal: z.number().int(),
    entityTotal: z.number().int().describe('perUnitTotal × units + entity quotas'),
    recorded: z.number().int().describe('Respondents recorded so far (field collection)'),
  })
  .meta({ id: 'RespondentPlan' });

export const teamMemberSchema = z.object({ id: z.string().uuid(), name: z.string(), email: z.string() });

export const locusSummarySchema = z
  .object({
    year: z.number().int(),
    entityCode: z.string(),
    entityName: z.string(),
    entityKind: entityKindSchema,
    provinceCode: z.string().nullable(),
    unitCount: z.number().int(),
    assessors: z.array(teamMemberSchema),
    verifiers: z.array(teamMemberSchema),
    respondentsPlanned: z.number().int(),
    respondentsRecorded: z.number().int(),
  })
  .meta({ id: 'LocusSummary' });
export type LocusSummary = z.infer<typeof locusSummarySchema>;

export const listLociQuerySchema = z.object({
  search: z.string().trim().max(100).optional(),
  kind: entityKindSchema.optional(),
  provinceCode: provinceCodeSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(600).default(50),
});
export type ListLociQuery = z.infer<typeof listLociQuerySchema>;

export const locusListSchema = z
  .object({
    items: z.array(locusSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'LocusList' });

export const locusUnitSchema = z.object({
  unitId: z.string().uuid(),
  name: z.string(),
  unitTypeCode: z.string(),
  isSelected: z.boolean().describe('Assessed in this cycle'),
  respondentsPlanned: z.number().int(),
});

export const locusDetailSchema = locusSummarySchema
  .extend({
    units: z.array(locusUnitSchema).describe('Every active unit of the entity, the assessed ones marked'),
    plan: respondentPlanSchema,
    methodologyRef: z.string(),
  })
  .meta({ id: 'LocusDetail' });
export type LocusDetail = z.infer<typeof locusDetailSchema>;

export const locusParamsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  code: entityCodeSchema,
});

export const setLocusUnitsRequestSchema = z
  .object({ unitIds: z.array(z.string().uuid()).max(200) })
  .meta({ id: 'SetLocusUnitsRequest' });

export const bulkAddLociRequestSchema = z
  .object({
    provinceCode: provinceCodeSchema,
    kinds: z.array(z.enum(['pemprov', 'pemkab', 'pemkot'])).min(1),
  })
  .meta({ id: 'BulkAddLociRequest' });

export const bulkAddLociResponseSchema = z.object({
  added: z.array(z.string()).describe('Entity codes made loci, with all their active units'),
  alreadyPresent: z.array(z.string()),
});

export const removeLociRequestSchema = z
  .object({ entityCodes: z.array(entityCodeSchema).min(1).max(600) })
  .meta({ id: 'RemoveLociRequest' });

export const setLocusTeamRequestSchema = z
  .object({
    assessorIds: z.array(z.string().uuid()).max(20),
    verifierIds: z.array(z.string().uuid()).max(20),
  })
  .meta({ id: 'SetLocusTeamRequest' });

export const myLocusSchema = z.object({
  year: z.number().int(),
  entityCode: z.string(),
  entityName: z.string(),
  role: z.enum(['assessor', 'verifier']),
  unitCount: z.number().int(),
  respondentsPlanned: z.number().int(),
  respondentsRecorded: z.number().int(),
});
export const myLociSchema = z.object({ items: z.array(myLocusSchema) }).meta({ id: 'MyLoci' });
