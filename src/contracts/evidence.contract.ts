import { z } from 'zod';

/** A photo or PDF supporting an answer, as listed with the answer and returned by an upload. */
export const evidenceItemSchema = z.object({
  id: z.string().uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  /** From the photo's EXIF data when present. */
  takenAt: z.string().datetime({ offset: true }).nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  uploadedAt: z.string().datetime({ offset: true }),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
