import { z } from 'zod';
import { entityCodeSchema } from './roles.contract';

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

/** A locus unit in the API path: /api/cycles/:year/loci/:code/units/:unitId (unitId = the unit's stable id). */
export const locusUnitParamsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  code: entityCodeSchema,
  unitId: z.string().uuid(),
});
export type LocusUnitParams = z.infer<typeof locusUnitParamsSchema>;

export const evidenceParamsSchema = locusUnitParamsSchema.extend({ evidenceId: z.string().uuid() });

export const locusEvidenceParamsSchema = locusUnitParamsSchema.pick({ year: true, code: true });

/**
 * The text fields of an evidence upload (multipart/form-data, next to the `file` part). takenAt, latitude and
 * longitude come from the browser, which reads EXIF before resizing a photo; the file's own EXIF wins.
 */
export const evidenceUploadFieldsSchema = z.object({
  indicatorCode: z.string().trim().min(1).max(40),
  respondentId: z
    .string()
    .uuid()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  takenAt: z
    .string()
    .datetime({ offset: true })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  latitude: z.coerce.number().min(-90).max(90).optional(),
  longitude: z.coerce.number().min(-180).max(180).optional(),
});
export type EvidenceUploadFields = z.infer<typeof evidenceUploadFieldsSchema>;

/** The evidence field name of the file part in an upload. */
export const evidenceFileField = 'file';
