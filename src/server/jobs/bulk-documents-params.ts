import { z } from 'zod';
import { documentJobKinds } from '../../contracts/documents.contract';

export const bulkDocumentsJobKind = 'documents.bulk';

/** What a bulk job was asked for, fixed at creation (the snapshot too, so a resume makes the same set). */
export const bulkDocumentsParamsSchema = z.object({
  year: z.number().int(),
  snapshotId: z.string().uuid(),
  documents: z.array(z.enum(documentJobKinds)).min(1),
  language: z.enum(['id', 'en']),
  /** Origin the QR codes point to, taken from the request that created the job. */
  baseUrl: z.string().url(),
});
export type BulkDocumentsParams = z.infer<typeof bulkDocumentsParamsSchema>;
