import { z } from 'zod';
import { followUpStatuses, oversightProductKinds } from '../core/oversight/oversight-follow-up-status';
import { attachmentSchema } from './meetings.contract';
import { entityCodeSchema } from './roles.contract';

// Bounded years: PostgreSQL refuses year 0, and no oversight product predates the Ombudsman (2000).
const isoDate = z.iso
  .date('tanggal YYYY-MM-DD / a YYYY-MM-DD date')
  .refine((value) => value >= '1900-01-01' && value <= '2999-12-31', 'tahun 1900–2999 / a year 1900–2999');

export const oversightProductKindSchema = z.enum(oversightProductKinds);
export const followUpStatusSchema = z.enum(followUpStatuses);

export const oversightEntityParamsSchema = z.object({ code: entityCodeSchema });
export const oversightProductParamsSchema = oversightEntityParamsSchema.extend({ productId: z.uuid() });
export const oversightProductFileParamsSchema = oversightProductParamsSchema.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const oversightListQuerySchema = z.object({
  cutOff: isoDate
    .optional()
    .describe('Status at the end of this date; today in the entity\u2019s zone when absent'),
});

export const saveOversightProductRequestSchema = z
  .object({
    kind: oversightProductKindSchema,
    number: z.string().trim().min(1).max(120),
    issuedOn: isoDate,
    subject: z.string().trim().min(3).max(1000),
    issuingOffice: z.string().trim().min(2).max(200),
    dueOn: isoDate.nullable().default(null),
  })
  .refine((value) => value.dueOn === null || value.dueOn >= value.issuedOn, {
    path: ['dueOn'],
    message: 'batas waktu tidak boleh sebelum tanggal terbit / the due date cannot precede the issue date',
  })
  .meta({ id: 'SaveOversightProductRequest' });
export type SaveOversightProductRequest = z.input<typeof saveOversightProductRequestSchema>;

export const updateOversightProductRequestSchema = z
  .object({
    kind: oversightProductKindSchema,
    number: z.string().trim().min(1).max(120),
    issuedOn: isoDate,
    subject: z.string().trim().min(3).max(1000),
    issuingOffice: z.string().trim().min(2).max(200),
    dueOn: isoDate.nullable().default(null),
    version: z.number().int().min(1).describe('The version read; a stale one answers 409'),
  })
  .refine((value) => value.dueOn === null || value.dueOn >= value.issuedOn, {
    path: ['dueOn'],
    message: 'batas waktu tidak boleh sebelum tanggal terbit / the due date cannot precede the issue date',
  })
  .meta({ id: 'UpdateOversightProductRequest' });
export type UpdateOversightProductRequest = z.input<typeof updateOversightProductRequestSchema>;

export const confirmOversightProductRequestSchema = z
  .object({
    followUpStatus: followUpStatusSchema,
    note: z.string().trim().max(2000).default(''),
    version: z.number().int().min(1).describe('The version read; a stale one answers 409'),
  })
  .meta({ id: 'ConfirmOversightProductRequest' });
export type ConfirmOversightProductRequest = z.input<typeof confirmOversightProductRequestSchema>;

export const oversightConfirmationSchema = z.object({
  followUpStatus: followUpStatusSchema,
  confirmedOn: z.string(),
  confirmedAt: z.string(),
  confirmedByName: z.string(),
  note: z.string(),
});

export const oversightProductSchema = z
  .object({
    id: z.string(),
    kind: oversightProductKindSchema,
    number: z.string(),
    issuedOn: z.string(),
    subject: z.string(),
    issuingOffice: z.string(),
    dueOn: z.string().nullable(),
    followUpStatus: followUpStatusSchema,
    confirmedByName: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    confirmations: z.array(oversightConfirmationSchema),
    files: z.array(attachmentSchema),
    version: z.number().int(),
  })
  .meta({ id: 'OversightProduct' });
export type OversightProduct = z.infer<typeof oversightProductSchema>;

export const followUpStatusAtCutOffSchema = z
  .object({
    followedUpInFull: z
      .enum(['none', 'all-followed-up', 'open'])
      .describe('none: no product issued by the cut-off (not the same as followed up in full)'),
    cutOff: z.string(),
    issued: z.number().int(),
    followedUp: z.number().int(),
    openProductIds: z.array(z.string()),
  })
  .meta({ id: 'FollowUpStatusAtCutOff' });

export const oversightRegisterSchema = z
  .object({
    entity: z.object({
      code: z.string(),
      name: z.string(),
      provinceCode: z.string().nullable(),
    }),
    items: z.array(oversightProductSchema),
    status: followUpStatusAtCutOffSchema,
    /** What the caller may do here, so screens hide what the server would refuse. */
    canManage: z.boolean(),
    canUploadFollowUp: z.boolean(),
  })
  .meta({ id: 'OversightRegister' });
export type OversightRegister = z.infer<typeof oversightRegisterSchema>;

export const oversightImportResultSchema = z
  .object({ rows: z.number().int(), created: z.number().int(), updated: z.number().int() })
  .meta({ id: 'OversightImportResult' });

/** The columns of a register file, in order; export writes them and import reads them by name. */
export const oversightFileColumns = [
  'kode_entitas',
  'jenis',
  'nomor',
  'tanggal',
  'perihal',
  'kantor_penerbit',
  'batas_waktu',
  'status_tindak_lanjut',
  'tanggal_konfirmasi',
] as const;
