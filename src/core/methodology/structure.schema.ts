import { z } from 'zod';
import { respondentAggregationSchema } from './aggregation.schema';
import { codeSchema } from './code.schema';
import { localizedTextSchema } from './localized-text.schema';
import { provenanceSchema } from './provenance.schema';

export const entityKindSchema = z.strictObject({
  code: codeSchema,
  text: localizedTextSchema,
});

export const unitTypeSchema = z.strictObject({
  code: codeSchema,
  text: localizedTextSchema,
  provenance: provenanceSchema,
});

/** Which entity kinds and unit types something applies to; a missing list means "all". */
export const applicabilitySchema = z.strictObject({
  entityKinds: z.array(codeSchema).min(1).optional(),
  unitTypes: z.array(codeSchema).min(1).optional(),
});

/** A respondent role and how many of them the method requires, per unit or per entity (quota). */
export const respondentRoleSchema = z.strictObject({
  code: codeSchema,
  text: localizedTextSchema,
  scope: z.enum(['unit', 'entity']),
  requiredCount: z.number().int().min(0),
  appliesTo: applicabilitySchema.optional(),
  provenance: provenanceSchema,
});

/** "A claim without a supporting document scores 0" (domain.md §3) is `required-or-lowest-level`. */
export const evidenceRuleSchema = z.strictObject({
  rule: z.enum(['not-required', 'required-or-lowest-level', 'required-flag-only']),
  provenance: provenanceSchema,
});

export const collectionMethodSchema = z.enum([
  'interview',
  'observation',
  'document',
  'survey',
  'complaint-records',
]);

export const indicatorSchema = z.strictObject({
  code: codeSchema,
  text: localizedTextSchema,
  variable: codeSchema,
  /** Percentage of the dimension; the indicators of a dimension sum to 100. */
  weight: z.number().positive().max(100),
  weightProvenance: provenanceSchema,
  method: collectionMethodSchema,
  respondentRoles: z.array(codeSchema).min(1),
  scale: codeSchema,
  evidence: evidenceRuleSchema,
  appliesTo: applicabilitySchema.optional(),
  /** Overrides the edition's respondents → indicator aggregation for this indicator. */
  aggregation: respondentAggregationSchema.optional(),
  provenance: provenanceSchema,
});

/** A variable groups indicators; its weight is the sum of its indicators' weights. */
export const variableSchema = z.strictObject({
  code: codeSchema,
  text: localizedTextSchema,
  provenance: provenanceSchema,
});

export const dimensionSchema = z.strictObject({
  code: codeSchema,
  text: localizedTextSchema,
  /** Percentage of the unit score; the dimensions of an edition sum to 100. */
  weight: z.number().positive().max(100),
  weightProvenance: provenanceSchema,
  variables: z.array(variableSchema).min(1),
  indicators: z.array(indicatorSchema).min(1),
  provenance: provenanceSchema,
});

export type EntityKind = z.infer<typeof entityKindSchema>;
export type UnitType = z.infer<typeof unitTypeSchema>;
export type Applicability = z.infer<typeof applicabilitySchema>;
export type RespondentRole = z.infer<typeof respondentRoleSchema>;
export type EvidenceRule = z.infer<typeof evidenceRuleSchema>;
export type CollectionMethod = z.infer<typeof collectionMethodSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Variable = z.infer<typeof variableSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
