import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditListSchema } from '../../../contracts/audit.contract';
import { getJson, toQueryString } from '../../lib/api-client';
import { type AuditSearch, auditQueryParams } from './audit-search';

export const auditPageSize = 50;

export function useAuditEntries(search: AuditSearch) {
  return useQuery({
    queryKey: ['audit', 'list', search],
    queryFn: () =>
      getJson(
        `/api/audit${toQueryString({ ...auditQueryParams(search), page: search.page, pageSize: auditPageSize })}`,
        auditListSchema,
      ),
    placeholderData: keepPreviousData,
  });
}

/** The CSV download of everything the current filters match (not just the page on screen). */
export function auditExportUrl(search: AuditSearch): string {
  return `/api/audit/export.csv${toQueryString(auditQueryParams(search))}`;
}
