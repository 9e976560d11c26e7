import { z } from 'zod';
import { photoIntegrityFlagCodes } from '../core/evidence/photo-integrity-rules';
import { evidenceItemSchema, locusUnitParamsSchema } from './evidence.contract';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

export const evidenceFlagCodeSchema = z.enum(photoIntegrityFlagCodes);

/** An earlier use of the same (exact) or a near-identical (perceptual) picture on another answer. */
export const earlierEvidenceUseSchema = z.object({
  match: z.enum(['exact', 'perceptual']),
  year: z.number().int(),
  entityCode: z.string(),
  entityName: z.string(),
  unitName: z.string(),
  indicatorCode: z.string(),
});

export const evidenceFlagDecisionSchema = z.object({
  decision: z.enum(['accepted', 'rejected']),
  note: z.string(),
  decidedAt: z.string().datetime({ offset: true }),
  decidedBy: z.string().nullable(),
});

/** Why a photo may not prove what it claims (docs/evidence-integrity.md); a hint until a verifier decides. */
export const evidenceIntegrityFlagSchema = z
  .object({
    code: evidenceFlagCodeSchema,
    details: z.object({
      message: bilingualSchema,
      distanceKm: z.number().optional(),
      maxDistanceKm: z.number().optional(),
      takenAt: z.string().datetime({ offset: true }).optional(),
      windowStartsAt: z.string().datetime({ offset: true }).optional(),
      windowEndsAt: z.string().datetime({ offset: true }).optional(),
      earlierUses: z.array(earlierEvidenceUseSchema).optional(),
    }),
    decision: evidenceFlagDecisionSchema.nullable(),
  })
  .meta({ id: 'EvidenceIntegrityFlag' });
export type EvidenceIntegrityFlag = z.infer<typeof evidenceIntegrityFlagSchema>;

/**
 * An evidence item with an answer. `GET …/collection` always fills the integrity fields; the answer a save
 * returns leaves them out (the page reads them from the collection it refreshes after a save).
 */
export const collectionEvidenceItemSchema = evidenceItemSchema
  .extend({
    integrityFlags: z.array(evidenceIntegrityFlagSchema).optional(),
    /** False once a verifier rejected one of its flags: the answer is scored as if it had no such evidence. */
    counts: z.boolean().optional(),
  })
  .meta({ id: 'CollectionEvidenceItem' });
export type CollectionEvidenceItem = z.infer<typeof collectionEvidenceItemSchema>;

export const evidenceFlagParamsSchema = locusUnitParamsSchema.extend({
  evidenceId: z.string().uuid(),
  flagCode: evidenceFlagCodeSchema,
});
export type EvidenceFlagParams = z.infer<typeof evidenceFlagParamsSchema>;

export const evidenceFlagDecisionRequestSchema = z
  .object({
    decision: z.enum(['accepted', 'rejected']),
    note: z.string().trim().min(3).max(2000),
  })
  .meta({ id: 'EvidenceFlagDecisionRequest' });
export type EvidenceFlagDecisionRequest = z.infer<typeof evidenceFlagDecisionRequestSchema>;

/** Whether the actor may decide flags on this unit now, and why not. */
export const integrityDecisionStateSchema = z.object({
  open: z.boolean(),
  reason: bilingualSchema.nullable(),
});

export const integrityReportQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  provinceCode: z.string().regex(/^\d{2}$/),
});

export const integrityReportItemSchema = z.object({
  entityCode: z.string(),
  entityName: z.string(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  indicatorCode: z.string(),
  evidence: collectionEvidenceItemSchema.required({ integrityFlags: true, counts: true }),
});

export const integrityReportSchema = z
  .object({
    year: z.number().int(),
    provinceCode: z.string(),
    evidenceCount: z.number().int(),
    flaggedCount: z.number().int(),
    undecidedCount: z.number().int(),
    byCode: z.record(evidenceFlagCodeSchema, z.number().int()),
    items: z.array(integrityReportItemSchema),
  })
  .meta({ id: 'EvidenceIntegrityReport' });
export type IntegrityReport = z.infer<typeof integrityReportSchema>;
