import { z } from 'zod';

const localized = z.object({ id: z.string(), en: z.string() });

/** The historical results file travels as base64 in JSON so one contract serves the API, the web and the CLI. */
export const importResultsRequestSchema = z
  .object({
    fileName: z.string().trim().min(1).max(200).describe('Ends in .csv or .xlsx'),
    contentBase64: z.string().min(1).max(7_000_000),
    embargoAt: z
      .string()
      .datetime({ offset: true })
      .optional()
      .describe('When the results become public; now (the import time) when left out'),
    decreeNumber: z.string().trim().min(1).max(120).optional(),
    decreeDate: z.iso.date().optional(),
    dryRun: z.boolean().default(false).describe('Check and report without writing'),
  })
  .meta({ id: 'ImportResultsRequest' });
export type ImportResultsRequest = z.infer<typeof importResultsRequestSchema>;

/** One problem of a rejected file; row 1 is the header. */
export const importProblemSchema = z
  .object({
    row: z.number().int(),
    column: z.string(),
    value: z.string(),
    message: localized,
  })
  .meta({ id: 'ImportProblem' });
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const snapshotChangeSchema = z.object({
  entityCode: z.string(),
  entityName: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  before: z
    .object({ score: z.number(), category: z.string(), rankProvince: z.number().nullable() })
    .nullable(),
  after: z
    .object({ score: z.number(), category: z.string(), rankProvince: z.number().nullable() })
    .nullable(),
});
export type SnapshotChange = z.infer<typeof snapshotChangeSchema>;

export const importedYearSchema = z.object({
  year: z.number().int(),
  outcome: z.enum(['created', 'unchanged']),
  snapshotId: z.string().uuid().nullable().describe('null on a dry run'),
  supersedesId: z.string().uuid().nullable(),
  methodologyRef: z.string(),
  rows: z.number().int(),
  flaggedRows: z.number().int().describe('Rows whose published value disagrees with the computed one'),
  changes: z.array(snapshotChangeSchema).describe('Differences from the superseded snapshot'),
});

export const importResultsResponseSchema = z
  .object({ dryRun: z.boolean(), years: z.array(importedYearSchema) })
  .meta({ id: 'ImportResultsResponse' });
export type ImportResultsResponse = z.infer<typeof importResultsResponseSchema>;

export const resultSnapshotSummarySchema = z
  .object({
    id: z.string().uuid(),
    year: z.number().int(),
    source: z.enum(['historical-import', 'computed']),
    status: z.enum(['draft', 'published']),
    methodologyRef: z.string(),
    methodologySha256: z.string(),
    decreeNumber: z.string().nullable(),
    decreeDate: z.string().nullable(),
    embargoAt: z.string().datetime(),
    publishedAt: z.string().datetime().nullable(),
    supersedesId: z.string().uuid().nullable(),
    isCurrent: z.boolean().describe('The snapshot the public sees (or will see at its embargo) for its year'),
    sourceFileName: z.string().nullable(),
    rows: z.number().int(),
    flaggedRows: z.number().int(),
    createdAt: z.string().datetime(),
  })
  .meta({ id: 'ResultSnapshotSummary' });
export type ResultSnapshotSummary = z.infer<typeof resultSnapshotSummarySchema>;

export const resultSnapshotListSchema = z
  .object({ items: z.array(resultSnapshotSummarySchema) })
  .meta({ id: 'ResultSnapshotList' });

export const snapshotIdParamsSchema = z.object({ id: z.string().uuid() });

export const snapshotChangesSchema = z
  .object({
    snapshotId: z.string().uuid(),
    supersedesId: z.string().uuid().nullable(),
    changes: z.array(snapshotChangeSchema),
  })
  .meta({ id: 'SnapshotChanges' });
