import { z } from 'zod';
import { localizedTextSchema } from '../core';

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
