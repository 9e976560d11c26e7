import { Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SnapshotChangesWithUnits } from '../../../contracts/finalise.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useSnapshotChanges } from './finalise-api';

type Values = { score: number; category: string } | null;
const shown = (values: Values) => (values ? `${values.score.toFixed(2)} (${values.category})` : '—');

/** Entity and unit differences of a snapshot against the one it superseded. */
export function SnapshotChangesView({ snapshotId }: { snapshotId: string }) {
  const changes = useSnapshotChanges(snapshotId);
  if (changes.isPending) return <Loader size="sm" />;
  if (changes.error) return <ApiErrorAlert error={changes.error} />;
  return <ChangesTables data={changes.data} />;
}

function ChangesTables({ data }: { data: SnapshotChangesWithUnits }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="snapshot-changes">
      <Title order={3}>{t('finalise.changesTitle')}</Title>
      {data.supersedesId === null && <Text size="sm">{t('finalise.firstSnapshot')}</Text>}
      {data.changes.length === 0 && data.unitChanges.length === 0 && (
        <Text size="sm">{t('finalise.noChanges')}</Text>
      )}
      {data.changes.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table fz="sm" striped aria-label={t('finalise.entityChanges')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finalise.entity')}</Table.Th>
                <Table.Th>{t('finalise.change')}</Table.Th>
                <Table.Th>{t('finalise.before')}</Table.Th>
                <Table.Th>{t('finalise.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.changes.map((change) => (
                <Table.Tr key={change.entityCode}>
                  <Table.Td>
                    {change.entityName} ({change.entityCode})
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`finalise.${change.change}`)}</Badge>
                  </Table.Td>
                  <Table.Td>{shown(change.before)}</Table.Td>
                  <Table.Td>{shown(change.after)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data.unitChanges.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table fz="sm" striped aria-label={t('finalise.unitChanges')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finalise.unit')}</Table.Th>
                <Table.Th>{t('finalise.change')}</Table.Th>
                <Table.Th>{t('finalise.before')}</Table.Th>
                <Table.Th>{t('finalise.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.unitChanges.map((change) => (
                <Table.Tr key={`${change.entityCode}/${change.unitId ?? change.unitName}`}>
                  <Table.Td>
                    {change.unitName} ({change.entityCode})
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`finalise.${change.change}`)}</Badge>
                  </Table.Td>
                  <Table.Td>{shown(change.before)}</Table.Td>
                  <Table.Td>{shown(change.after)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
