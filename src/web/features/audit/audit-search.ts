import { z } from 'zod';
import { listAuditQuerySchema } from '../../../contracts/audit.contract';

// Filters live in the URL; dates are calendar days here and become instants only when the API is called.
const { action, resourceType, provinceCode } = listAuditQuerySchema.shape;
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
const auditSearchSchema = z.object({
  action: action.catch(undefined),
  resourceType: resourceType.catch(undefined),
  provinceCode: provinceCode.catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type AuditSearch = z.infer<typeof auditSearchSchema>;

export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  return auditSearchSchema.parse(search);
}

/** Start of a local calendar day (or of the day after, for an inclusive end) as an ISO instant. */
function localDayStart(dayText: string | undefined, addDays = 0): string | undefined {
  if (!dayText) return undefined;
  const [year, month, date] = dayText.split('-').map(Number);
  if (!year || !month || !date) return undefined;
  return new Date(year, month - 1, date + addDays).toISOString();
}

/** The API query for these filters: `to` covers the whole chosen day in the user's time zone. */
export function auditQueryParams(search: AuditSearch) {
  const end = localDayStart(search.to, 1);
  return {
    action: search.action,
    resourceType: search.resourceType,
    provinceCode: search.provinceCode,
    from: localDayStart(search.from),
    to: end && new Date(Date.parse(end) - 1).toISOString(),
  };
}
