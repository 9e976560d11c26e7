import { z } from 'zod';
import { entityCodeSchema, provinceCodeSchema } from './roles.contract';

const yearSchema = z.coerce.number().int().min(2000).max(2100);
const languageSchema = z.enum(['id', 'en']).default('id');

export const entityDocumentParamsSchema = z.object({ code: entityCodeSchema });
export const entityDocumentQuerySchema = z.object({
  year: yearSchema.optional().describe('A published year; the latest when left out'),
  lang: languageSchema.describe('Language of the document (Indonesian by default)'),
});
export const unitDocumentParamsSchema = z.object({ unitResultId: z.string().uuid() });
export const unitDocumentQuerySchema = z.object({ lang: languageSchema });

/** Download links of an entity's documents in a published year (the public entity page shows them). */
export const publicDocumentListSchema = z
  .object({
    year: z.number().int(),
    /**
     * Null when the result gets no piagam (Opini editions: below Kualitas Tertinggi), or while the year's
     * signatories are not set (`piagamUnsigned`); everyone has a rapor.
     */
    piagamUrl: z.string().nullable(),
    piagamUnsigned: z
      .boolean()
      .describe('True while nobody has set who signs this year’s piagam: no piagam is published yet'),
    raporUrl: z.string(),
    units: z.array(
      z.object({
        unitResultId: z.string().uuid(),
        unitName: z.string(),
        score: z.number(),
        category: z.string(),
        piagamUrl: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'PublicDocumentList' });
export type PublicDocumentList = z.infer<typeof publicDocumentListSchema>;

export const verifyParamsSchema = z.object({ code: z.string().min(1).max(40) });

export const verificationStatuses = ['valid', 'superseded', 'unknown'] as const;

/** What a printed code stands for; `unknown` says nothing else (no hint whether a code was ever issued). */
export const verificationSchema = z
  .object({
    status: z.enum(verificationStatuses),
    code: z.string().describe('The code as typed, normalised to XXXX-XXXX-XX when well-formed'),
    wellFormed: z.boolean().describe('False when the code has a typo (length, alphabet or check symbol)'),
    document: z
      .object({
        kind: z.enum(['piagam', 'rapor']).describe('Which document printed the code'),
        year: z.number().int(),
        entityCode: z.string(),
        entityName: z.string(),
        unitName: z.string().nullable(),
        score: z.number(),
        category: z.string(),
        opinionLabel: z.object({ id: z.string(), en: z.string() }),
        zone: z.string(),
        zoneLabel: z.object({ id: z.string(), en: z.string() }),
        zoneColour: z.string(),
        decreeNumber: z.string().nullable(),
        publishedAt: z.string().datetime(),
      })
      .nullable(),
    current: z
      .object({
        score: z.number(),
        category: z.string(),
        publishedAt: z.string().datetime(),
        code: z
          .string()
          .nullable()
          .describe(
            'The code the reissued document (piagam or rapor) of the newer snapshot prints (issued when it is printed)',
          ),
      })
      .nullable()
      .describe('For a superseded code: the result in the newer snapshot of that year, when there is one'),
  })
  .meta({ id: 'DocumentVerification' });
export type DocumentVerification = z.infer<typeof verificationSchema>;

export const signatorySchema = z.object({
  name: z.string().trim().min(1).max(120),
  title: z.string().trim().min(1).max(160),
});

/** "pusat" (the Ombudsman centre) or a province code (its Perwakilan). */
export const officeCodeSchema = z.union([z.literal('pusat'), provinceCodeSchema]);

export const signatoriesParamsSchema = z.object({ year: yearSchema, office: officeCodeSchema });
export const signatoriesQuerySchema = z.object({ year: yearSchema });
export const saveSignatoriesSchema = z.object({
  signatories: z.array(signatorySchema).min(1).max(3),
  place: z.string().trim().min(1).max(80).nullable(),
});
export type SaveSignatoriesRequest = z.infer<typeof saveSignatoriesSchema>;

export const officeSignatoriesSchema = z
  .object({
    year: z.number().int(),
    officeCode: z.string(),
    officeName: z.string(),
    signatories: z.array(signatorySchema),
    place: z.string().nullable(),
    isSet: z.boolean().describe('False: nothing stored, the piagam prints the defaults (marked as not set)'),
    updatedAt: z.string().datetime().nullable(),
  })
  .meta({ id: 'OfficeSignatories' });
export type OfficeSignatories = z.infer<typeof officeSignatoriesSchema>;
export const officeSignatoriesListSchema = z.object({ items: z.array(officeSignatoriesSchema) });

export const letterheadParamsSchema = z.object({ office: officeCodeSchema });

/**
 * The largest letterhead file an office may set, checked by the server and by the screen before sending. It is
 * printed small at the top of a page: half a megabyte is plenty for a sharp emblem.
 */
export const maxLetterheadBytes = 512 * 1024;

/** An office's emblem/letterhead printed at the top of its piagam and rapor (PNG or JPEG, ≤ 512 KB). */
export const officeLetterheadSchema = z
  .object({
    officeCode: z.string(),
    sha256: z.string(),
    mediaType: z.enum(['image/png', 'image/jpeg']),
    updatedAt: z.string().datetime(),
  })
  .meta({ id: 'OfficeLetterhead' });
export type OfficeLetterhead = z.infer<typeof officeLetterheadSchema>;
export const officeLetterheadListSchema = z.object({ items: z.array(officeLetterheadSchema) });

export const documentJobKinds = ['piagam', 'rapor'] as const;
export const createDocumentJobSchema = z.object({
  year: yearSchema,
  documents: z.array(z.enum(documentJobKinds)).min(1).default(['piagam']),
  language: z.enum(['id', 'en']).default('id'),
});
export type CreateDocumentJobRequest = z.infer<typeof createDocumentJobSchema>;

export const documentJobSchema = z
  .object({
    id: z.string().uuid(),
    year: z.number().int(),
    documents: z.array(z.enum(documentJobKinds)),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progressDone: z.number().int(),
    progressTotal: z.number().int(),
    resultSizeBytes: z.number().int().nullable(),
    resultSha256: z.string().nullable(),
    downloadUrl: z.string().nullable(),
    error: z.string().nullable(),
    createdAt: z.string().datetime(),
    finishedAt: z.string().datetime().nullable(),
  })
  .meta({ id: 'DocumentJob' });
export type DocumentJob = z.infer<typeof documentJobSchema>;
export const documentJobListSchema = z.object({ items: z.array(documentJobSchema) });
export const documentJobParamsSchema = z.object({ jobId: z.string().uuid() });
