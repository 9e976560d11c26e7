import { z } from 'zod';
import { snapshotChangeSchema, snapshotChangesSchema } from './results.contract';

const localized = z.object({ id: z.string(), en: z.string() });

/** A unit that appeared, disappeared or changed between two computed snapshots. */
export const unitChangeSchema = z
  .object({
    entityCode: z.string(),
    unitId: z.string().nullable(),
    unitName: z.string(),
    unitTypeCode: z.string(),
    change: z.enum(['added', 'removed', 'changed']),
    before: z
      .object({
        score: z.number(),
        category: z.string(),
        rankUnitTypeProvince: z.number().nullable(),
      })
      .nullable(),
    after: z
      .object({
        score: z.number(),
        category: z.string(),
        rankUnitTypeProvince: z.number().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'UnitChange' });
export type UnitChange = z.infer<typeof unitChangeSchema>;

export const finaliseFlagSchema = z.object({
  entityCode: z.string(),
  entityName: z.string(),
  flag: z.enum(['not-accepted', 'no-units']),
  approval: z.string().describe('The locus approval when finalised (open, approved, accepted)'),
});
export type FinaliseFlag = z.infer<typeof finaliseFlagSchema>;

export const finaliseResponseSchema = z
  .object({
    snapshotId: z.string().uuid(),
    supersedesId: z.string().uuid().nullable(),
    year: z.number().int(),
    methodologyRef: z.string(),
    methodologySha256: z.string(),
    decreeNumber: z.string().nullable(),
    decreeDate: z.string().nullable(),
    embargoAt: z.string().datetime().describe('The snapshot is public from this moment on, by itself'),
    entities: z.number().int(),
    units: z.number().int(),
    flags: z
      .array(finaliseFlagSchema)
      .describe('not-accepted: scored although the centre has not accepted the locus; no-units: left out'),
    changes: z.array(snapshotChangeSchema).describe('Entities changed since the superseded snapshot'),
    unitChanges: z.array(unitChangeSchema),
  })
  .meta({ id: 'FinaliseResponse' });
export type FinaliseResponse = z.infer<typeof finaliseResponseSchema>;

export const provisionalQuerySchema = z.object({
  entity: z.string().trim().min(1).max(20).describe('Entity code, e.g. 16.06'),
});

export const provisionalResultSchema = z
  .object({
    year: z.number().int(),
    entityCode: z.string(),
    entityName: z.string(),
    methodologyRef: z.string(),
    computedAt: z.string().datetime(),
    objectionWindowEndsAt: z.string().datetime().nullable(),
    approval: z.string(),
    score: z.number(),
    category: z.string(),
    label: localized,
    zone: z.string(),
    colour: z.string(),
    units: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        unitTypeCode: z.string(),
        score: z.number(),
        category: z.string(),
        zone: z.string(),
      }),
    ),
    weakestIndicators: z
      .array(
        z.object({
          unitId: z.string(),
          unitName: z.string(),
          indicatorCode: z.string(),
          text: localized,
          currentScore: z.number(),
          currentLevel: z.number().nullable(),
          pointsLost: z
            .number()
            .describe('Entity points lost on this indicator now: (100 − score) × its share of the entity'),
        }),
      )
      .describe('Where the entity loses most points, most first (at most 5)'),
  })
  .meta({ id: 'ProvisionalResult' });
export type ProvisionalResult = z.infer<typeof provisionalResultSchema>;

/** The snapshot changes answer, with unit changes (empty for historical imports, which carry no units). */
export const snapshotChangesWithUnitsSchema = snapshotChangesSchema
  .extend({
    source: z.enum(['historical-import', 'computed']),
    year: z.number().int(),
    unitChanges: z.array(unitChangeSchema),
  })
  .meta({ id: 'SnapshotChangesWithUnits' });
export type SnapshotChangesWithUnits = z.infer<typeof snapshotChangesWithUnitsSchema>;
