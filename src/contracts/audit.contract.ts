import { z } from 'zod';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().datetime(),
    actorUserId: z.string().uuid().nullable(),
    actorEmail: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string().describe('e.g. user.create, auth.sign-in'),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
    provinceCode: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditQuerySchema = z.object({
  action: z.string().max(80).optional().describe('An action or its prefix, e.g. "auth" or "user.create"'),
  actorUserId: z.string().uuid().optional(),
  resourceType: z.string().max(80).optional(),
  resourceId: z.string().max(120).optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  from: z.string().datetime().optional(),
  to: z.string().datetime().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;

export const auditListSchema = z
  .object({
    items: z.array(auditEntrySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'AuditList' });
