import { Button, Group, Loader, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { NoAccess } from '../../components/no-access';
import { PageSummary } from '../../components/page-summary';
import { usePageTitle } from '../../lib/use-page-title';
import { canViewAudit } from '../auth/permissions';
import { useSignedInUser } from '../auth/use-current-user';
import { auditExportUrl, auditPageSize, useAuditEntries } from './audit-api';
import { AuditFilters } from './audit-filters';
import type { AuditSearch } from './audit-search';
import { AuditTable } from './audit-table';

const routeApi = getRouteApi('/_signedIn/audit');

export function AuditPage() {
  const user = useSignedInUser();
  if (!canViewAudit(user.role)) return <NoAccess />;
  return <AuditTrail />;
}

function AuditTrail() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const entries = useAuditEntries(search);
  const changeFilters = (patch: Partial<AuditSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace: true });

  return (
    <Stack gap="md" py="md">
      <Group justify="space-between">
        <Title order={1}>{t('audit.title')}</Title>
        <Button component="a" href={auditExportUrl(search)} download variant="light">
          {t('audit.exportCsv')}
        </Button>
      </Group>
      <AuditFilters search={search} onChange={changeFilters} />
      <ApiErrorAlert error={entries.error} />
      {entries.isPending && <Loader size="sm" />}
      {entries.data && (
        <>
          <AuditTable entries={entries.data.items} />
          <PageSummary
            page={entries.data.page}
            pageSize={entries.data.pageSize || auditPageSize}
            total={entries.data.total}
            onPageChange={(page) => void navigate({ search: (previous) => ({ ...previous, page }) })}
          />
        </>
      )}
    </Stack>
  );
}
