import {
  Button,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EntityKind,
  entityKindSchema,
  entityKinds,
  entityListSchema,
} from '../../../contracts/entities.contract';
import { isEntityInScope } from '../../../core/access/can';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageSummary } from '../../components/page-summary';
import { getJson, toQueryString } from '../../lib/api-client';
import { useSignedInUser } from '../auth/use-current-user';
import { DirectoryImportCard } from '../imports/directory-import-card';
import { useProvinceOptions } from '../regions/use-provinces';
import { EntityUnitsPanel } from './entity-units-panel';

const pageSize = 25;

/** All assessed governments (552 regional ones and K/L), searched and paged on the server. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const provinces = useProvinceOptions();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [provinceCode, setProvinceCode] = useState<string>();
  const [kind, setKind] = useState<EntityKind>();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string>();
  const entities = useQuery({
    queryKey: ['entities', 'directory', search, provinceCode, kind, page],
    queryFn: () =>
      getJson(
        `/api/entities${toQueryString({ search: search || undefined, provinceCode, kind, page, pageSize })}`,
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
      <Title order={1}>{t('planning.directory.title')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          type="search"
          label={t('planning.directory.search')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setPage(1);
          }}
        />
        <NativeSelect
          label={t('planning.loci.province')}
          value={provinceCode ?? ''}
          onChange={(event) => {
            setProvinceCode(event.currentTarget.value || undefined);
            setPage(1);
          }}
          data={[{ value: '', label: t('planning.loci.allProvinces') }, ...provinces]}
        />
        <NativeSelect
          label={t('planning.loci.kind')}
          value={kind ?? ''}
          onChange={(event) => {
            const parsed = entityKindSchema.safeParse(event.currentTarget.value);
            setKind(parsed.success ? parsed.data : undefined);
            setPage(1);
          }}
          data={[
            { value: '', label: t('planning.loci.allKinds') },
            ...entityKinds.map((value) => ({ value, label: t(`planning.loci.kinds.${value}`) })),
          ]}
        />
      </SimpleGrid>
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
        <PageSummary page={page} pageSize={pageSize} total={entities.data.total} onPageChange={setPage} />
      )}
      {(user.role === 'admin' || user.role === 'coordinator') && (
        <DirectoryImportCard provinceCode={provinceCode} />
      )}
    </Stack>
  );
}
