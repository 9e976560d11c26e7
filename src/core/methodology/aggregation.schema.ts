import { z } from 'zod';
import { codeSchema } from './code.schema';
import { localizedTextSchema } from './localized-text.schema';
import { provenanceSchema } from './provenance.schema';

/** How the answers of several respondents become one indicator value. */
export const respondentAggregationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.enum(['mean', 'median', 'min']), provenance: provenanceSchema }),
  z.strictObject({
    method: z.literal('share-meeting-level'),
    /** The indicator score is the percentage of respondents answering at this level or higher. */
    level: z.number().int(),
    provenance: provenanceSchema,
  }),
]);

export const missingAnswersSchema = z.strictObject({
  policy: z.enum(['score-lowest-level', 'exclude']),
  provenance: provenanceSchema,
});

export const weightedMeanSchema = z.strictObject({
  method: z.literal('weighted-mean'),
  provenance: provenanceSchema,
});

const unitToEntityCommon = {
  /** Published unit scores carry 2 decimals; the entity total is computed from those rounded figures. */
  roundUnitScores: z.boolean(),
  provenance: provenanceSchema,
};

export const unitToEntitySchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('mean-of-units'), ...unitToEntityCommon }),
  z.strictObject({ method: z.literal('weighted-by-products'), ...unitToEntityCommon }),
  z.strictObject({
    method: z.literal('weighted-by-unit-type'),
    weights: z.array(z.strictObject({ unitType: codeSchema, weight: z.number().positive().max(100) })).min(1),
    ...unitToEntityCommon,
  }),
]);

/** 2023+: entities that ignore Ombudsman oversight products lose points and may be capped below green. */
export const oversightDeductionSchema = z.strictObject({
  kind: z.literal('oversight-deduction'),
  code: codeSchema,
  text: localizedTextSchema,
  points: z.number().min(0).max(100),
  maximumScoreAfter: z.number().min(0).max(100).nullable(),
  provenance: provenanceSchema,
});

/** 2025: the final score is dimensionsWeight % of the dimension-based score plus publicTrustWeight % trust. */
export const publicTrustBlendSchema = z.strictObject({
  kind: z.literal('public-trust-blend'),
  code: codeSchema,
  text: localizedTextSchema,
  dimensionsWeight: z.number().min(0).max(100),
  publicTrustWeight: z.number().min(0).max(100),
  provenance: provenanceSchema,
});

/** The three elements of the Opini Ombudsman method (Peraturan Ombudsman 61/2025, domain.md §7). */
export const opinionElementCodeSchema = z.enum(['instrument', 'public-trust', 'oversight-compliance']);

export const opinionElementSchema = z.strictObject({
  code: opinionElementCodeSchema,
  text: localizedTextSchema,
  /** Percentage of the final score; the three weights sum to 100. Not published by the Ombudsman. */
  weight: z.number().min(0).max(100),
  weightProvenance: provenanceSchema,
  provenance: provenanceSchema,
});

/**
 * 2025+: final score = Σ element weight × element score, where the instrument element is the mean of the unit
 * scores (the four dimensions), public trust comes from the public-trust survey and oversight compliance from
 * the oversight-products register. Each element appears exactly once.
 */
export const opinionElementsSchema = z.strictObject({
  kind: z.literal('opinion-elements'),
  code: codeSchema,
  text: localizedTextSchema,
  elements: z.array(opinionElementSchema).length(3),
  provenance: provenanceSchema,
});

export const adjustmentSchema = z.discriminatedUnion('kind', [
  oversightDeductionSchema,
  publicTrustBlendSchema,
  opinionElementsSchema,
]);

export const aggregationSchema = z.strictObject({
  respondentsToIndicator: respondentAggregationSchema,
  missingAnswers: missingAnswersSchema,
  indicatorToDimension: weightedMeanSchema,
  dimensionToUnit: weightedMeanSchema,
  unitToEntity: unitToEntitySchema,
  /** Applied to the entity score in the order listed. */
  adjustments: z.array(adjustmentSchema),
});

export type RespondentAggregation = z.infer<typeof respondentAggregationSchema>;
export type UnitToEntity = z.infer<typeof unitToEntitySchema>;
export type OversightDeduction = z.infer<typeof oversightDeductionSchema>;
export type PublicTrustBlend = z.infer<typeof publicTrustBlendSchema>;
export type OpinionElementCode = z.infer<typeof opinionElementCodeSchema>;
export type OpinionElement = z.infer<typeof opinionElementSchema>;
export type OpinionElements = z.infer<typeof opinionElementsSchema>;
export type Adjustment = z.infer<typeof adjustmentSchema>;
export type Aggregation = z.infer<typeof aggregationSchema>;
