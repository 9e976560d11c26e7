import { z } from 'zod';
import { localizedTextSchema, methodologySchema } from '../core';

/** One edition of the catalogue as listed by `patuh methodology list --json` and the API. */
export const methodologySummarySchema = z
  .strictObject({
    ref: z.string().describe('"<id>@<version>"'),
    id: z.string(),
    version: z.string(),
    status: z.enum(['draft', 'active', 'retired']),
    title: localizedTextSchema,
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('sha256 of the canonical JSON of the edition'),
    provenance: z.strictObject({
      confirmed: z.number().int(),
      inferred: z.number().int(),
      assumed: z.number().int(),
    }),
  })
  .meta({ id: 'MethodologySummary' });

export type MethodologySummary = z.infer<typeof methodologySummarySchema>;

export const validationIssueSchema = z
  .strictObject({ path: z.string(), message: localizedTextSchema })
  .meta({ id: 'ValidationIssue' });

/**
 * Where an edition stands, as `/metodologi` shows it: in force (usable by a new cycle), superseded by a
 * corrected revision (cycles frozen on it still load), history (retired: kept for the years it scored), draft.
 */
export const methodologyStandingSchema = z.enum(['in-force', 'superseded', 'history', 'draft']);
export type MethodologyStanding = z.infer<typeof methodologyStandingSchema>;

export const methodologyListingSchema = z
  .strictObject({
    ref: z.string().describe('"<id>@<version>"'),
    id: z.string(),
    version: z.string(),
    title: localizedTextSchema,
    standing: methodologyStandingSchema,
    supersededBy: z.strictObject({ ref: z.string(), reason: localizedTextSchema }).nullable(),
    revisionOf: z.strictObject({ ref: z.string(), changes: z.array(localizedTextSchema) }).nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    provenance: z.strictObject({
      confirmed: z.number().int(),
      inferred: z.number().int(),
      assumed: z.number().int(),
    }),
  })
  .meta({ id: 'MethodologyListing' });
export type MethodologyListing = z.infer<typeof methodologyListingSchema>;

export const methodologyListSchema = z
  .strictObject({ items: z.array(methodologyListingSchema) })
  .meta({ id: 'MethodologyList' });

export const methodologyRefParamsSchema = z.strictObject({
  ref: z.string().max(120).describe('"<id>@<version>", e.g. ombudsman-opini@2026'),
});

/** One edition in full: its listing, the validated edition itself, and the survey questions' plain lines. */
export const methodologyEditionSchema = z
  .strictObject({
    listing: methodologyListingSchema,
    methodology: methodologySchema,
    /** Survey question code → its one-line plain explanation (methodologies/survey-explanations.json). */
    surveyExplanations: z.record(z.string(), localizedTextSchema),
  })
  .meta({ id: 'MethodologyEdition' });
export type MethodologyEdition = z.infer<typeof methodologyEditionSchema>;
