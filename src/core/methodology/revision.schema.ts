import { z } from 'zod';
import { localizedTextSchema } from './localized-text.schema';

const refSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*@[0-9A-Za-z][0-9A-Za-z.-]*$/, 'id@version');

/**
 * Written into an edition that a corrected revision replaces. It is catalogue metadata, not method content:
 * the content hash leaves it out, so cycles frozen on the edition and snapshots that record its hash still
 * find it unchanged (docs/decisions/005).
 */
export const supersededBySchema = z.strictObject({
  ref: refSchema,
  reason: localizedTextSchema,
});

/** In a corrected revision: the edition it corrects and, for people, what changed. */
export const revisionOfSchema = z.strictObject({
  ref: refSchema,
  changes: z.array(localizedTextSchema).min(1),
});

export type SupersededBy = z.infer<typeof supersededBySchema>;
export type RevisionOf = z.infer<typeof revisionOfSchema>;
