import { z } from 'zod';
import { entityKindSchema } from './entities.contract';
import { entityCodeSchema, provinceCodeSchema } from './roles.contract';
import { locusApprovalSchema, locusUnitStatusSchema } from './workflow.contract';

export const progressQuerySchema = z.object({
  province: provinceCodeSchema.optional(),
  entity: entityCodeSchema.optional(),
  /** With `pageSize`: only that page of entities (and their units) is listed; totals stay whole. */
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(600).optional(),
});
export type ProgressQuery = z.infer<typeof progressQuerySchema>;

const countPairSchema = z.object({ done: z.number().int(), total: z.number().int() });

/** Figures of a unit, summed for an entity and a province. */
export const progressFiguresSchema = z.object({
  respondents: countPairSchema.describe('Officials and the assessor recorded / planned (unit-scoped roles)'),
  indicators: countPairSchema.describe(
    'Indicators with at least one answer / indicators of the unit’s forms (survey excluded)',
  ),
  evidence: countPairSchema.describe('Answers that need evidence and have it / answers that need evidence'),
  survey: countPairSchema.describe('Survey responses / target (30 per unit, an assumption)'),
  statuses: z.record(locusUnitStatusSchema, z.number().int()).describe('Units per workflow status'),
});
export type ProgressFigures = z.infer<typeof progressFiguresSchema>;

export const unitProgressSchema = progressFiguresSchema.extend({
  unitId: z.string().uuid(),
  name: z.string(),
  unitTypeCode: z.string(),
  status: locusUnitStatusSchema,
});

export const entityProgressSchema = progressFiguresSchema.extend({
  entityCode: z.string(),
  entityName: z.string(),
  entityKind: entityKindSchema,
  approval: locusApprovalSchema,
  units: z.array(unitProgressSchema),
});

export const provinceProgressSchema = progressFiguresSchema.extend({
  provinceCode: z.string().nullable(),
  provinceName: z.string(),
  approvals: z.record(locusApprovalSchema, z.number().int()).describe('Entities per approval state'),
  entities: z.array(entityProgressSchema),
});

export const cycleProgressSchema = z
  .object({
    year: z.number().int(),
    provinces: z.array(provinceProgressSchema),
    page: z
      .object({ page: z.number().int(), pageSize: z.number().int(), totalEntities: z.number().int() })
      .optional()
      .describe(
        'Present when pageSize was asked: province figures count every entity, `entities` lists only the page',
      ),
  })
  .meta({ id: 'CycleProgress' });
export type CycleProgress = z.infer<typeof cycleProgressSchema>;
export type ProvinceProgress = z.infer<typeof provinceProgressSchema>;
export type EntityProgress = z.infer<typeof entityProgressSchema>;
export type UnitProgress = z.infer<typeof unitProgressSchema>;
