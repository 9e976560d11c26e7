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

/**
 * What finalising publishes, said explicitly: `accepted` publishes only the loci the centre accepted (the rest
 * are left out and listed); `all` is the admin's override, publishing every scorable locus with a reason of at
 * least 10 characters that is audited and flags every locus not accepted.
 */
export const finaliseRequestSchema = z
  .discriminatedUnion('scope', [
    z.object({ scope: z.literal('accepted') }),
    z.object({
      scope: z.literal('all'),
      reason: z.string().trim().min(10).max(2000).describe('Why unaccepted loci are published anyway'),
    }),
  ])
  .meta({ id: 'FinaliseRequest' });
export type FinaliseRequest = z.infer<typeof finaliseRequestSchema>;

export const readinessProblemSchema = z.object({
  code: z.enum([
    'no-units',
    'units-not-verified',
    'answers-incomplete',
    'evidence-missing',
    'survey-below-quota',
    'objections-open',
    'not-accepted',
    'unit-type-not-in-edition',
    'oversight-products-pending',
    'public-trust-below-quota',
  ]),
  count: z.number().int(),
  message: localized,
});
export type ReadinessProblem = z.infer<typeof readinessProblemSchema>;

/**
 * Whether a cycle can be finalised, locus by locus. On the Opini editions, oversight products still open at the
 * cycle's cut-off and a public-trust survey below its target are listed too.
 */
export const finaliseReadinessSchema = z
  .object({
    year: z.number().int(),
    ready: z.boolean().describe('Every locus is accepted and nothing is missing'),
    acceptedLoci: z.number().int().describe('How many loci finalising with scope "accepted" would publish'),
    loci: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        approval: z.string(),
        accepted: z.boolean(),
        unitsNotVerified: z.number().int(),
        problems: z.array(readinessProblemSchema),
      }),
    ),
  })
  .meta({ id: 'FinaliseReadiness' });
export type FinaliseReadiness = z.infer<typeof finaliseReadinessSchema>;

export const finaliseFlagSchema = z.object({
  entityCode: z.string(),
  entityName: z.string(),
  flag: z.enum(['not-accepted', 'no-units', 'left-out']),
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
    scope: z.enum(['accepted', 'all']),
    flags: z
      .array(finaliseFlagSchema)
      .describe(
        'not-accepted: published under the "all" override although the centre has not accepted the locus; ' +
          'left-out: not accepted, so not published under scope "accepted"; no-units: left out',
      ),
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
