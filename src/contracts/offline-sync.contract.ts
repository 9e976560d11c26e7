import { z } from 'zod';
import { evidenceUploadFieldsSchema } from './evidence.contract';

/** 1–100 characters of [A-Za-z0-9_-]; the client draws one per change (a UUID) and resends it unchanged. */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

/**
 * The optional header of every field write route. The first answer for (user, key) is stored; a resend gets it
 * back unchanged with `Idempotent-Replay: true`; the same key on another route or body → 422
 * `idempotency-key-reused`; while the first is still running → 409 `idempotency-key-in-flight`.
 * Loose: the route's other headers (cookie, content type) pass through untouched.
 */
export const idempotencyHeadersSchema = z.looseObject({
  'idempotency-key': idempotencyKeySchema
    .optional()
    .describe('Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true)'),
});

/** Largest chunk the server suggests: small enough to finish on a weak signal, big enough to be few. */
export const suggestedChunkBytes = 256 * 1024;

export const createUploadRequestSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentType: z.string().trim().min(1).max(100),
    sizeBytes: z.number().int().min(1),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/)
      .transform((value) => value.toLowerCase()),
  })
  .meta({ id: 'CreateUploadRequest' });
export type CreateUploadRequest = z.infer<typeof createUploadRequestSchema>;

export const uploadCreatedSchema = z
  .object({
    uploadId: z.string().uuid(),
    receivedBytes: z.number().int(),
    chunkBytes: z.number().int(),
  })
  .meta({ id: 'UploadCreated' });
export type UploadCreated = z.infer<typeof uploadCreatedSchema>;

export const uploadParamsSchema = z.object({ uploadId: z.string().uuid() });

export const uploadChunkQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).describe('Where this chunk starts: the receivedBytes last reported'),
});

export const uploadChunkSavedSchema = z
  .object({ receivedBytes: z.number().int() })
  .meta({ id: 'UploadChunkSaved' });

export const uploadStatusSchema = z
  .object({ receivedBytes: z.number().int(), sizeBytes: z.number().int(), complete: z.boolean() })
  .meta({ id: 'UploadStatus' });
export type UploadStatus = z.infer<typeof uploadStatusSchema>;

/**
 * An evidence attach that names a completed upload instead of carrying the file (JSON instead of multipart);
 * the fields are the multipart form's, with the same checks.
 */
export const attachUploadedEvidenceSchema = evidenceUploadFieldsSchema.extend({
  uploadId: z.string().uuid(),
  // null or absent: no position read on the device (never 0, which is a place in the Gulf of Guinea).
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
});
export type AttachUploadedEvidence = z.infer<typeof attachUploadedEvidenceSchema>;
