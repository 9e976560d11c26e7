import { z } from 'zod';
import { codeSchema } from './code.schema';
import { localizedTextSchema } from './localized-text.schema';
import { provenanceSchema } from './provenance.schema';

export const scaleLevelSchema = z.strictObject({
  value: z.number().int(),
  label: localizedTextSchema,
});

/**
 * An ordered answer scale. `min-max` maps the lowest level to 0 and the highest to 100 (Ombudsman 0–3:
 * level / 3 × 100); `ratio-to-max` maps a level to level / highest × 100 (SKM 1–4: × 25, so 25–100).
 */
export const scaleSchema = z.strictObject({
  code: codeSchema,
  kind: z.enum(['levels', 'yes-no', 'likert']),
  text: localizedTextSchema,
  levels: z.array(scaleLevelSchema).min(2),
  normalisation: z.enum(['min-max', 'ratio-to-max']),
  provenance: provenanceSchema,
});

export type ScaleLevel = z.infer<typeof scaleLevelSchema>;
export type Scale = z.infer<typeof scaleSchema>;
