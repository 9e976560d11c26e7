import { z } from 'zod';

/**
 * Attaches a file already stored for this unit (named by one of its evidence items) to another indicator or
 * respondent of the same unit, without sending the bytes again: one photo of the service room can support the
 * facility, the queue and the information board.
 */
export const reuseEvidenceRequestSchema = z
  .object({
    fromEvidenceId: z
      .string()
      .uuid()
      .describe('An evidence item of the same locus unit whose file is reused'),
    indicatorCode: z.string().trim().min(1).max(40),
    respondentId: z
      .string()
      .uuid()
      .nullable()
      .optional()
      .describe('The official the answer belongs to; absent or null for the unit-level checklist'),
  })
  .meta({ id: 'ReuseEvidenceRequest' });
export type ReuseEvidenceRequest = z.infer<typeof reuseEvidenceRequestSchema>;
