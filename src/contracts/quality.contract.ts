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
        unitId: z.string(),
        unitName: z.string(),
        indicatorCode: z.string(),
        respondentId: z.string().nullable(),
        firstLevel: z.number().int(),
        secondLevel: z.number().int(),
        settlement: z
          .object({ level: z.number().int(), note: z.string(), at: z.string() })
          .nullable()
          .describe('null: waiting for the verifier'),
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

/** Units the signed-in assessor was drawn to score a second time, blind. */
export const secondScoringAssignmentsSchema = z
  .object({
    items: z.array(
      z.object({
        year: z.number().int(),
        entityCode: z.string(),
        entityName: z.string(),
        unitId: z.string().uuid(),
        unitName: z.string(),
        drawnAt: z.string(),
        answered: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'SecondScoringAssignments' });
export type SecondScoringAssignments = z.infer<typeof secondScoringAssignmentsSchema>;

const localizedSchema = z.object({ id: z.string(), en: z.string() });

/**
 * The blind form: every question of the unit (unit checklists, and each recorded official's interview) with
 * its scale, and the second assessor's own levels. The first team's levels are never part of it.
 */
export const secondScoringFormSchema = z
  .object({
    year: z.number().int(),
    entityCode: z.string(),
    entityName: z.string(),
    unitName: z.string(),
    sections: z.array(
      z.object({
        respondentId: z.string().uuid().nullable(),
        title: localizedSchema,
        questions: z.array(
          z.object({
            indicatorCode: z.string(),
            text: localizedSchema,
            levels: z.array(z.object({ value: z.number().int(), label: localizedSchema })),
          }),
        ),
      }),
    ),
    answers: z.array(
      z.object({ respondentId: z.string().nullable(), indicatorCode: z.string(), level: z.number().int() }),
    ),
  })
  .meta({ id: 'SecondScoringForm' });
export type SecondScoringForm = z.infer<typeof secondScoringFormSchema>;

/** The verifier settles one disagreement: the level that stands (applied to the unit's answer) and why. */
export const settleDisagreementRequestSchema = z
  .object({
    respondentId: z.string().uuid().nullable(),
    indicatorCode: z.string().trim().min(1).max(60),
    level: z.number().int().min(0).max(10),
    note: z.string().trim().min(3).max(1000),
  })
  .meta({ id: 'SettleDisagreementRequest' });
export type SettleDisagreementRequest = z.infer<typeof settleDisagreementRequestSchema>;

export const settleDisagreementResultSchema = z
  .object({ settledLevel: z.number().int(), answerChanged: z.boolean() })
  .meta({ id: 'SettleDisagreementResult' });
export type SettleDisagreementResult = z.infer<typeof settleDisagreementResultSchema>;

/** A drawn unit's disagreements for its verifier: both levels, the question, and any settlement. */
export const unitDisagreementsSchema = z
  .object({
    unitName: z.string(),
    items: z.array(
      z.object({
        respondentId: z.string().nullable(),
        respondentName: z.string().nullable(),
        indicatorCode: z.string(),
        text: localizedSchema,
        levels: z.array(z.object({ value: z.number().int(), label: localizedSchema })),
        firstLevel: z.number().int(),
        secondLevel: z.number().int(),
        settlement: z.object({ level: z.number().int(), note: z.string(), at: z.string() }).nullable(),
      }),
    ),
  })
  .meta({ id: 'UnitDisagreements' });
export type UnitDisagreements = z.infer<typeof unitDisagreementsSchema>;
