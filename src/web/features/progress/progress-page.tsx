import { Anchor, Badge, Breadcrumbs, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityProgress, ProvinceProgress } from '../../../contracts/progress.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { UnitCollectionLink } from '../collection/unit-collection-link';
import { CycleLink } from '../cycles/planning-links';
import { UnitStatusBadge } from '../workflow/unit-status-badge';
import { useCycleProgress } from './progress-api';
import { MeasureCells, MeasureHeaders } from './progress-cells';

const routeApi = getRouteApi('/_signedIn/siklus/$year/progres');

/** Field progress of a cycle for coordinators and the centre: provinces → entities → units. */
export function ProgressPage() {
  const { t } = useTranslation();
  const year = Number(routeApi.useParams().year);
  usePageTitle(t('workflow.progress.title', { year }));
  const progress = useCycleProgress(year);
  const [provinceKey, setProvinceKey] = useState<string | null>(null);
  const [entityCode, setEntityCode] = useState<string | null>(null);
  if (progress.isPending) return <Loader size="sm" my="md" />;
  if (!progress.data) return <ApiErrorAlert error={progress.error} />;
  const provinces = progress.data.provinces;
  // One province in scope (a coordinator): start inside it.
  const onlyProvince = provinces.length === 1 ? provinces[0] : undefined;
  const province =
    provinces.find((item) => (item.provinceCode ?? '') === provinceKey) ??
    (onlyProvince as ProvinceProgress | undefined);
  const entity = province?.entities.find((item) => item.entityCode === entityCode);
  return (
    <Stack gap="md" py="md">
      <CycleLink year={year} size="sm">
        {t('workflow.progress.back')}
      </CycleLink>
      <Title order={1}>{t('workflow.progress.title', { year })}</Title>
      <Text size="sm" c="dimmed">
        {t('workflow.progress.intro')}
      </Text>
      <Breadcrumbs>
        {provinces.length > 1 && (
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setProvinceKey(null);
              setEntityCode(null);
            }}
          >
            {t('workflow.progress.allProvinces')}
          </Anchor>
        )}
        {province && (
          <Anchor component="button" type="button" size="sm" onClick={() => setEntityCode(null)}>
            {province.provinceName}
          </Anchor>
        )}
        {entity && <Text size="sm">{entity.entityName}</Text>}
      </Breadcrumbs>
      {provinces.length === 0 && <Text c="dimmed">{t('workflow.progress.empty')}</Text>}
      {!province && provinces.length > 0 && (
        <ProvinceTable provinces={provinces} onOpen={(key) => setProvinceKey(key)} />
      )}
      {province && !entity && <EntityTable province={province} onOpen={setEntityCode} />}
      {entity && <UnitTable year={year} entity={entity} />}
      <Text size="xs" c="dimmed">
        {t('workflow.progress.surveyNote')}
      </Text>
    </Stack>
  );
}

function ProvinceTable({
  provinces,
  onOpen,
}: {
  provinces: ProvinceProgress[];
  onOpen: (key: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('workflow.progress.province')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workflow.progress.province')}</Table.Th>
            <MeasureHeaders />
            <Table.Th>{t('workflow.progress.approvals')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {provinces.map((province) => (
            <Table.Tr key={province.provinceCode ?? ''}>
              <Table.Td>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => onOpen(province.provinceCode ?? '')}
                >
                  {province.provinceName}
                </Button>
              </Table.Td>
              <MeasureCells figures={province} name={province.provinceName} />
              <Table.Td>
                {province.approvals.approved + province.approvals.accepted}/{province.entities.length}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function EntityTable({ province, onOpen }: { province: ProvinceProgress; onOpen: (code: string) => void }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('workflow.progress.entity')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workflow.progress.entity')}</Table.Th>
            <MeasureHeaders />
            <Table.Th>{t('workflow.progress.approval')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {province.entities.map((entity) => (
            <Table.Tr key={entity.entityCode}>
              <Table.Td>
                <Button variant="subtle" size="compact-sm" onClick={() => onOpen(entity.entityCode)}>
                  {entity.entityName}
                </Button>
              </Table.Td>
              <MeasureCells figures={entity} name={entity.entityName} />
              <Table.Td>
                <Badge variant="light" color={entity.approval === 'open' ? 'gray' : 'green'}>
                  {t(`workflow.approval.${entity.approval}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function UnitTable({ year, entity }: { year: number; entity: EntityProgress }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('workflow.progress.unit')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workflow.progress.unit')}</Table.Th>
            <MeasureHeaders />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entity.units.map((unit) => (
            <Table.Tr key={unit.unitId}>
              <Table.Td>
                <Stack gap={2}>
                  <UnitCollectionLink year={year} code={entity.entityCode} unitId={unit.unitId} size="sm">
                    {unit.name}
                  </UnitCollectionLink>
                  <UnitStatusBadge status={unit.status} size="sm" />
                </Stack>
              </Table.Td>
              <MeasureCells figures={unit} name={unit.name} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
