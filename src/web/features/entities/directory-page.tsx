import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityListSchema } from '../../../contracts/entities.contract';
import { isEntityInScope } from '../../../core/access/can';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageSummary } from '../../components/page-summary';
import { getJson, toQueryString } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { DirectoryImportCard } from '../imports/directory-import-card';
import { canReadOversight, OversightAnchor } from '../oversight/oversight-anchor';
import { CreateEntityModal } from './create-entity-modal';
import { EntityFilters } from './directory-filters';
import type { DirectorySearch } from './directory-search';
import { EntityUnitsPanel } from './entity-units-panel';
import { UnitTypesEditor } from './unit-types-editor';

const pageSize = 25;
const routeApi = getRouteApi('/_signedIn/direktori');

/** All assessed governments (552 regional ones and K/L), searched and paged on the server. */
export function DirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('planning.directory.title'));
  const user = useSignedInUser();
  const filters = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { search, provinceCode, kind } = filters;
  const page = filters.page ?? 1;
  const changeFilters = (patch: Partial<DirectorySearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace: true });
  const [open, setOpen] = useState<string>();
  const [creating, setCreating] = useState(false);
  const entities = useQuery({
    queryKey: ['entities', 'directory', search, provinceCode, kind, page],
    queryFn: () =>
      getJson(
        `/api/entities${toQueryString({ search, provinceCode, kind, page, pageSize })}`,
        entityListSchema,
      ),
    placeholderData: keepPreviousData,
  });
  const actor = {
    userId: user.id,
    role: user.role,
    provinceCodes: user.scope.provinceCodes,
    entityCode: user.scope.entityCode,
  };
  const canManage = (code: string, province: string | null) =>
    (user.role === 'admin' || user.role === 'coordinator') && isEntityInScope(actor, code, province);
  return (
    <Stack gap="md" py="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('planning.directory.title')}</Title>
        {user.role === 'admin' && (
          <Button onClick={() => setCreating(true)}>{t('directoryAdmin.entity.add')}</Button>
        )}
      </Group>
      <EntityFilters value={filters} onChange={changeFilters} searchLabel={t('planning.directory.search')} />
      <ApiErrorAlert error={entities.error} />
      {entities.isPending && <Loader size="sm" />}
      {entities.data?.items.length === 0 && <Text c="dimmed">{t('planning.directory.empty')}</Text>}
      {entities.data && entities.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="xs" aria-label={t('planning.directory.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('planning.directory.code')}</Table.Th>
                <Table.Th>{t('planning.directory.name')}</Table.Th>
                <Table.Th>{t('planning.loci.kind')}</Table.Th>
                <Table.Th>{t('planning.loci.units')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entities.data.items.map((entity) => (
                <Fragment key={entity.code}>
                  <Table.Tr>
                    <Table.Td>{entity.code}</Table.Td>
                    <Table.Td>
                      {entity.shortName}
                      {entity.alias && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({entity.alias})
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`planning.loci.kinds.${entity.kind}`)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-expanded={open === entity.code}
                        onClick={() => setOpen(open === entity.code ? undefined : entity.code)}
                      >
                        {t('planning.directory.unitsOf', { entity: entity.shortName })}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                  {open === entity.code && (
                    <Table.Tr>
                      <Table.Td colSpan={4}>
                        {canReadOversight(user.role) &&
                          isEntityInScope(actor, entity.code, entity.provinceCode) && (
                            <OversightAnchor code={entity.code} size="sm" />
                          )}
                        <EntityUnitsPanel
                          code={entity.code}
                          canManage={canManage(entity.code, entity.provinceCode)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {entities.data && (
        <PageSummary
          page={page}
          pageSize={pageSize}
          total={entities.data.total}
          onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
        />
      )}
      {(user.role === 'admin' || user.role === 'coordinator') && (
        <DirectoryImportCard provinceCode={provinceCode} />
      )}
      {user.role === 'admin' && <UnitTypesEditor />}
      {user.role === 'admin' && (
        <CreateEntityModal
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(entity) => {
            setCreating(false);
            // Show the new entity at once: filter the list down to it.
            void navigate({ search: { search: entity.code } });
          }}
        />
      )}
    </Stack>
  );
}
