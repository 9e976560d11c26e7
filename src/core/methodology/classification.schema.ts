import { z } from 'zod';
import { codeSchema, colourSchema } from './code.schema';
import { localizedTextSchema } from './localized-text.schema';
import { provenanceSchema } from './provenance.schema';

export const zoneSchema = z.strictObject({
  code: codeSchema,
  label: localizedTextSchema,
  colour: colourSchema,
});

/** One category: scores from `min` to `max` inclusive, both with `rounding.decimals` decimals. */
export const bandSchema = z.strictObject({
  category: codeSchema,
  label: localizedTextSchema,
  min: z.number().min(0).max(100),
  max: z.number().min(0).max(100),
  zone: codeSchema,
  colour: colourSchema,
  provenance: provenanceSchema,
});

export const classificationSchema = z.strictObject({
  rounding: z.strictObject({
    decimals: z.number().int().min(0).max(4),
    mode: z.literal('half-up'),
    provenance: provenanceSchema,
  }),
  /**
   * false for editions without zones (Opini, 2025+): each band then points at a stand-in zone carrying its own
   * opinion label and colour, so whatever colours by zone (portal, map, documents) colours by opinion label.
   */
  hasZones: z.boolean().optional(),
  zones: z.array(zoneSchema).min(1),
  /** Listed from the best category to the worst, as published; together they cover 0–100 exactly. */
  bands: z.array(bandSchema).min(1),
  /** 2025: "Kualitas Tinggi Tanpa Maladministrasi" when the entity followed up the Ombudsman's findings. */
  labelSuffix: z
    .strictObject({
      when: z.literal('oversight-followed-up'),
      text: localizedTextSchema,
      provenance: provenanceSchema,
    })
    .optional(),
});

export type Zone = z.infer<typeof zoneSchema>;
export type Band = z.infer<typeof bandSchema>;
export type ClassificationRules = z.infer<typeof classificationSchema>;
