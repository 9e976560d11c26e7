import { Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SnapshotChangesWithUnits } from '../../../contracts/finalise.contract';
import type { Formatters } from '../../../core/format';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { useSnapshotChanges } from './finalise-api';

type Values = { score: number; category: string } | null;
const shown = (values: Values, format: Formatters) =>
  values ? `${format.score(values.score)} (${values.category})` : '—';

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
      <ChangesTable
        label={t('finalise.entityChanges')}
        subjectHeader={t('finalise.entity')}
        rows={data.changes.map((change) => ({
          ...change,
          key: change.entityCode,
          subject: `${change.entityName} (${change.entityCode})`,
        }))}
      />
      <ChangesTable
        label={t('finalise.unitChanges')}
        subjectHeader={t('finalise.unit')}
        rows={data.unitChanges.map((change) => ({
          ...change,
          key: `${change.entityCode}/${change.unitId ?? change.unitName}`,
          subject: `${change.unitName} (${change.entityCode})`,
        }))}
      />
    </Stack>
  );
}

interface ChangeRow {
  key: string;
  subject: string;
  change: SnapshotChangesWithUnits['changes'][number]['change'];
  before: Values;
  after: Values;
}

/** One list of differences (entities or units); nothing when the list is empty. */
function ChangesTable({
  label,
  subjectHeader,
  rows,
}: {
  label: string;
  subjectHeader: string;
  rows: ChangeRow[];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (rows.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table fz="sm" striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{subjectHeader}</Table.Th>
            <Table.Th>{t('finalise.change')}</Table.Th>
            <Table.Th>{t('finalise.before')}</Table.Th>
            <Table.Th>{t('finalise.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{row.subject}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`finalise.${row.change}`)}</Badge>
              </Table.Td>
              <Table.Td>{shown(row.before, format)}</Table.Td>
              <Table.Td>{shown(row.after, format)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
