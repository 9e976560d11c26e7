import { z } from 'zod';
import { locusUnitParamsSchema } from './evidence.contract';

/** Channels a complaint can arrive by; SP4N-LAPOR! is the national complaint system. */
export const complaintChannelSchema = z.enum([
  'sp4n-lapor',
  'in-person',
  'letter',
  'phone',
  'email',
  'website',
  'social-media',
  'whatsapp',
  'other',
]);
export type ComplaintChannel = z.infer<typeof complaintChannelSchema>;

export const complaintOutcomeSchema = z.enum([
  'resolved',
  'in-progress',
  'rejected',
  'referred',
  'withdrawn',
]);
export type ComplaintOutcome = z.infer<typeof complaintOutcomeSchema>;

export const complaintParamsSchema = locusUnitParamsSchema.extend({ id: z.string().uuid() });

const instant = z.string().datetime({ offset: true });

export const complaintInputSchema = z.object({
  reference: z.string().trim().max(120).default(''),
  channel: complaintChannelSchema,
  receivedAt: instant,
  firstResponseAt: instant.nullable().default(null),
  resolvedAt: instant.nullable().default(null),
  outcome: complaintOutcomeSchema,
  summary: z.string().trim().max(2000).default(''),
});
export type ComplaintInput = z.input<typeof complaintInputSchema>;

/** A change names the version it read; an older version is refused (409) with the current record. */
export const updateComplaintRequestSchema = complaintInputSchema.extend({
  expectedVersion: z.number().int().min(1),
});

export const deleteComplaintQuerySchema = z.object({
  expectedVersion: z.coerce.number().int().min(1),
});

export const complaintRecordSchema = z
  .object({
    id: z.string().uuid(),
    reference: z.string(),
    channel: complaintChannelSchema,
    receivedAt: instant,
    firstResponseAt: instant.nullable(),
    resolvedAt: instant.nullable(),
    outcome: complaintOutcomeSchema,
    summary: z.string(),
    version: z.number().int(),
    updatedAt: instant,
  })
  .meta({ id: 'ComplaintRecord' });
export type ComplaintRecord = z.infer<typeof complaintRecordSchema>;

const spreadSchema = z.object({ median: z.number(), p90: z.number() }).nullable();

/** Response speed of the unit, in hours, for the Pengaduan indicators. */
export const responseTimeSummarySchema = z.object({
  complaints: z.number().int(),
  responded: z.number().int(),
  resolved: z.number().int(),
  firstResponseHours: spreadSchema,
  resolutionHours: spreadSchema,
});
export type ResponseTimeSummaryView = z.infer<typeof responseTimeSummarySchema>;

export const complaintListSchema = z
  .object({
    editable: z.boolean(),
    items: z.array(complaintRecordSchema),
    summary: responseTimeSummarySchema,
  })
  .meta({ id: 'ComplaintRecordList' });
export type ComplaintList = z.infer<typeof complaintListSchema>;
