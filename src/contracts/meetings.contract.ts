import { z } from 'zod';
import { entityCodeSchema } from './roles.contract';

export const meetingKindSchema = z.enum(['entry', 'exit']);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export const meetingParamsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  code: entityCodeSchema,
  kind: meetingKindSchema,
});

export const attendeeSchema = z.object({
  name: z.string().trim().min(2).max(160),
  jobTitle: z.string().trim().min(2).max(200).describe('Position, e.g. "Kepala Bagian Organisasi"'),
  institution: z.string().trim().min(2).max(200),
});

export const attachmentSchema = z.object({
  sha256: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
});

export const meetingSchema = z
  .object({
    year: z.number().int(),
    entityCode: z.string(),
    entityName: z.string(),
    kind: meetingKindSchema,
    heldAt: z.string().datetime({ offset: true }),
    place: z.string(),
    openedBy: z.string(),
    agenda: z.string(),
    minutes: z.string(),
    attendees: z.array(attendeeSchema),
    attachments: z.array(attachmentSchema),
  })
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof meetingSchema>;

export const saveMeetingRequestSchema = z
  .object({
    heldAt: z
      .string()
      .datetime({ offset: true })
      .describe('Date and time, with the local offset (+07:00 WIB)'),
    place: z.string().trim().min(3).max(300),
    openedBy: z.string().trim().min(3).max(300).describe('Who opened it, e.g. "Sekda atas nama Pj. Bupati"'),
    agenda: z.string().trim().max(5000).default(''),
    minutes: z.string().trim().max(50_000).default(''),
    attendees: z.array(attendeeSchema).max(200),
  })
  .meta({ id: 'SaveMeetingRequest' });
export type SaveMeetingRequest = z.infer<typeof saveMeetingRequestSchema>;

export const attachmentQuerySchema = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+$/, 'nama berkas tanpa folder / a file name without folders'),
});

export const attachmentParamsSchema = meetingParamsSchema.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
