import { Card, Divider, Loader, Stack, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageSummary } from '../../components/page-summary';
import { assignableProvinceCodes } from '../auth/permissions';
import { useSignedInUser } from '../auth/use-current-user';
import { EntityFilters } from '../entities/directory-filters';
import { BulkAddLociForm } from './bulk-add-loci-form';
import { EntityPicker } from './entity-picker';
import { lociPageSize, useLoci } from './loci-api';
import type { LociSearch } from './loci-search';
import { LociTable } from './loci-table';

const routeApi = getRouteApi('/_signedIn/siklus/$year');

/** The loci of a cycle (server-side search, filters, pages) and, for planners, ways to add them. */
export function LociPanel({ cycle, canPlan }: { cycle: Cycle; canPlan: boolean }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const navigate = useNavigate();
  // Filters live in the URL, so a reload, the back button or a shared link shows the same list.
  const filters = routeApi.useSearch();
  const navigateSearch = routeApi.useNavigate();
  const { search, provinceCode, kind } = filters;
  const page = filters.page ?? 1;
  const changeFilters = (patch: Partial<LociSearch>) =>
    void navigateSearch({
      search: (previous) => ({ ...previous, ...patch, page: undefined }),
      replace: true,
    });
  const loci = useLoci(cycle.year, { search, provinceCode, kind, page });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="cycle-loci">
      <Stack gap="sm">
        <Title order={2} size="h4" id="cycle-loci">
          {t('planning.loci.title')}
        </Title>
        {canPlan && (
          <>
            <BulkAddLociForm cycle={cycle} />
            <EntityPicker
              provinceCode={user.role === 'coordinator' ? user.scope.provinceCodes[0] : undefined}
              onPick={(code) =>
                void navigate({ to: '/siklus/$year/lokus/$code', params: { year: String(cycle.year), code } })
              }
            />
            <Divider />
          </>
        )}
        <EntityFilters
          value={filters}
          onChange={changeFilters}
          searchLabel={t('planning.loci.search')}
          provinceCodes={assignableProvinceCodes(user)}
        />
        <ApiErrorAlert error={loci.error} />
        {loci.isPending && <Loader size="sm" />}
        {loci.data && (
          <>
            <LociTable loci={loci.data.items} canRemove={canPlan} />
            <PageSummary
              page={page}
              pageSize={lociPageSize}
              total={loci.data.total}
              onPageChange={(next) =>
                void navigateSearch({ search: (previous) => ({ ...previous, page: next }) })
              }
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
