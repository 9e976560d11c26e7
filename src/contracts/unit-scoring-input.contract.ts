import { z } from 'zod';

/**
 * What the pure scoring core needs to compute a unit's provisional score on the phone, stored when the assessor
 * prepares for field work: the cycle's frozen edition and the unit's collected rows as the server scores them.
 */
export const unitScoringInputSchema = z
  .object({
    methodologyRef: z.string().describe('The frozen edition of the cycle, e.g. ombudsman-opini@2026'),
    methodology: z
      .record(z.string(), z.unknown())
      .describe('The edition itself (methodology.schema.json), parsed on the device with the core schema'),
    entityKind: z.string(),
    expectedCount: z
      .number()
      .int()
      .describe('Checklist questions + each role’s questions × its required count'),
    unit: z.object({
      unitId: z.string().uuid(),
      unitName: z.string(),
      unitTypeCode: z.string(),
      productCount: z.number().int(),
      respondents: z.array(z.object({ id: z.string(), roleCode: z.string(), name: z.string() })),
      answers: z.array(
        z.object({
          id: z.string(),
          respondentId: z.string().nullable(),
          indicatorCode: z.string(),
          level: z.number().int().nullable(),
          evidenceFiles: z
            .array(z.string())
            .describe('sha256 of each supporting file that counts (a rejected integrity flag drops it)'),
        }),
      ),
      surveyResponses: z
        .array(z.object({ id: z.string(), levels: z.record(z.string(), z.number().int()) }))
        .describe('Service-user survey responses that count (excluded ones left out)'),
    }),
  })
  .meta({ id: 'UnitScoringInput' });
export type UnitScoringInput = z.infer<typeof unitScoringInputSchema>;
