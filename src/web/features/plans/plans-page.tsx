import {
  Badge,
  Group,
  Loader,
  NumberInput,
  Progress,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ReactElement } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { PlanAnchor, SimulatorAnchor } from './plan-links';
import { usePlanList } from './plans-api';

/** Coordinators: every plan of their provinces, overdue ones marked; liaisons: their entity's plans. */
export function PlansPage(): ReactElement {
  const { t } = useTranslation();
  usePageTitle(t('plans.plan.listTitle'));
  const user = useSignedInUser();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [provinceCode, setProvinceCode] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const list = usePlanList({ year, provinceCode: provinceCode.trim() || undefined, overdueOnly });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('plans.plan.listTitle')}
      </Title>
      {user.role === 'liaison' && user.scope.entityCode && (
        <Group>
          <PlanAnchor code={user.scope.entityCode}>
            {t('plans.plan.open')} {user.scope.entityCode}
          </PlanAnchor>
          <SimulatorAnchor code={user.scope.entityCode}>{t('plans.plan.openSimulator')}</SimulatorAnchor>
        </Group>
      )}
      <Group align="flex-end">
        <NumberInput
          label={t('plans.plan.year')}
          value={year ?? ''}
          onChange={(value) => setYear(value === '' ? undefined : Number(value))}
          min={2000}
          max={2100}
          w={120}
        />
        {user.role !== 'liaison' && (
          <TextInput
            label={t('plans.plan.province')}
            value={provinceCode}
            onChange={(event) => setProvinceCode(event.currentTarget.value)}
            w={120}
          />
        )}
        <Switch
          label={t('plans.plan.overdueOnly')}
          checked={overdueOnly}
          onChange={(event) => setOverdueOnly(event.currentTarget.checked)}
        />
      </Group>
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      <ApiErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('plans.plan.none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.plan.entity')}</Table.Th>
                <Table.Th>{t('plans.plan.year')}</Table.Th>
                <Table.Th>{t('plans.plan.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((row) => (
                <Table.Tr
                  key={`${row.entityCode}-${row.year}`}
                  style={
                    row.progress.overdue > 0 ? { background: 'var(--mantine-color-red-light)' } : undefined
                  }
                >
                  <Table.Td>
                    <PlanAnchor code={row.entityCode} year={row.year}>
                      {row.entityName}
                    </PlanAnchor>
                  </Table.Td>
                  <Table.Td>{row.year}</Table.Td>
                  <Table.Td>
                    <Text size="sm" data-testid={`progress-${row.entityCode}`}>
                      {t('plans.plan.progressSummary', {
                        done: row.progress.done,
                        total: row.progress.total,
                      })}
                    </Text>
                    <Progress
                      value={row.progress.total === 0 ? 0 : (row.progress.done / row.progress.total) * 100}
                      aria-label={t('plans.plan.progress')}
                    />
                    {row.progress.overdue > 0 && (
                      <Badge color="red">
                        {t('plans.plan.overdue')}: {row.progress.overdue}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
