import { z } from 'zod';

/** Assessor quality control (docs/evidence-integrity.md): blind second scoring of a sample of units. */
export const qualityYearParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const qualityProvinceSchema = z.object({ provinceCode: z.string().regex(/^\d{2}$/) });

export const qualitySampleResultSchema = z
  .object({
    samplePercent: z.number(),
    unitCount: z.number().int(),
    drawn: z.array(
      z.object({
        entityCode: z.string(),
        unitId: z.string().uuid(),
        unitName: z.string(),
        secondAssessor: z.object({ id: z.string().uuid(), name: z.string() }),
      }),
    ),
    skipped: z.array(z.object({ entityCode: z.string(), unitId: z.string().uuid(), unitName: z.string() })),
  })
  .meta({ id: 'QualitySampleResult' });
export type QualitySampleResult = z.infer<typeof qualitySampleResultSchema>;

export const secondAnswerRequestSchema = z
  .object({
    respondentId: z.string().uuid().nullable(),
    indicatorCode: z.string().trim().min(1).max(60),
    level: z.number().int().min(0).max(10),
  })
  .meta({ id: 'SecondAnswerRequest' });
export type SecondAnswerRequest = z.infer<typeof secondAnswerRequestSchema>;

const agreementSchema = z.object({
  pairs: z.number().int(),
  percentAgreement: z.number().nullable(),
  kappa: z.number().nullable().describe('Linearly weighted Cohen’s kappa'),
});

export const qualityReportSchema = z
  .object({
    year: z.number().int(),
    provinceCode: z.string(),
    samplePercent: z.number(),
    sampledUnits: z.number().int(),
    overall: agreementSchema,
    byIndicator: z.array(agreementSchema.extend({ indicatorCode: z.string() })),
    byAssessorPair: z.array(
      agreementSchema.extend({ firstAssessors: z.array(z.string()), secondAssessor: z.string() }),
    ),
    disagreements: z.array(
      z.object({
        entityCode: z.string(),
        unitName: z.string(),
        indicatorCode: z.string(),
        respondentId: z.string().nullable(),
        firstLevel: z.number().int(),
        secondLevel: z.number().int(),
      }),
    ),
    assessors: z.array(
      z.object({
        assessorId: z.string(),
        name: z.string(),
        answerCount: z.number().int(),
        meanLevel: z.number().nullable(),
        distribution: z.record(z.string(), z.number().int()),
        zScore: z.number().nullable(),
        isOutlier: z.boolean(),
        changedAtVerificationShare: z.number().nullable(),
        medianVisitToEntryDays: z.number().nullable(),
      }),
    ),
    provinceDistribution: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'QualityReport' });
export type QualityReport = z.infer<typeof qualityReportSchema>;
