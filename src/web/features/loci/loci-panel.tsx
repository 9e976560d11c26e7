import { Card, Divider, Loader, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import { type EntityKind, entityKindSchema, entityKinds } from '../../../contracts/entities.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageSummary } from '../../components/page-summary';
import { assignableProvinceCodes } from '../auth/permissions';
import { useSignedInUser } from '../auth/use-current-user';
import { useProvinceOptions } from '../regions/use-provinces';
import { BulkAddLociForm } from './bulk-add-loci-form';
import { EntityPicker } from './entity-picker';
import { lociPageSize, useLoci } from './loci-api';
import { LociTable } from './loci-table';

/** The loci of a cycle (server-side search, filters, pages) and, for planners, ways to add them. */
export function LociPanel({ cycle, canPlan }: { cycle: Cycle; canPlan: boolean }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const provinces = useProvinceOptions(assignableProvinceCodes(user));
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [provinceCode, setProvinceCode] = useState<string>();
  const [kind, setKind] = useState<EntityKind>();
  const [page, setPage] = useState(1);
  const loci = useLoci(cycle.year, { search: search || undefined, provinceCode, kind, page });
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
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="search"
            label={t('planning.loci.search')}
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
        <ApiErrorAlert error={loci.error} />
        {loci.isPending && <Loader size="sm" />}
        {loci.data && (
          <>
            <LociTable loci={loci.data.items} canRemove={canPlan} />
            <PageSummary page={page} pageSize={lociPageSize} total={loci.data.total} onPageChange={setPage} />
          </>
        )}
      </Stack>
    </Card>
  );
}
