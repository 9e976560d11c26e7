import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintRecord } from '../../../contracts/complaints.contract';
import type { OutboxEntry } from '../offline/outbox-database';
import { OutboxEntryState } from '../offline/outbox-entry-state';

/**
 * The complaint records on a phone: one card each, with the three times, the outcome and the edit and delete
 * buttons in view (the table put them off-screen at 360 px).
 */
export function ComplaintRecordCards({
  records,
  canEdit,
  formatTime,
  nameOf,
  entriesOf,
  onEdit,
  onDelete,
}: {
  records: readonly ComplaintRecord[];
  canEdit: boolean;
  formatTime: (iso: string | null) => string;
  nameOf: (record: ComplaintRecord) => string;
  entriesOf: (id: string) => OutboxEntry[];
  onEdit: (record: ComplaintRecord) => void;
  onDelete: (record: ComplaintRecord) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="complaint-cards">
      {records.map((record) => (
        <Card key={record.id} component="li" withBorder padding="xs">
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {nameOf(record)}
              </Text>
              <Badge size="sm" variant="light" color={record.channel === 'sp4n-lapor' ? 'red' : 'gray'}>
                {t(`complaints.channels.${record.channel}`)}
              </Badge>
            </Group>
            <OutboxEntryState entries={entriesOf(record.id)} />
            {record.summary && (
              <Text size="xs" c="dimmed" lineClamp={3}>
                {record.summary}
              </Text>
            )}
            <SimpleGrid cols={1} spacing={2} component="dl" m={0}>
              {(
                [
                  ['receivedAt', record.receivedAt],
                  ['firstResponseAt', record.firstResponseAt],
                  ['resolvedAt', record.resolvedAt],
                ] as const
              ).map(([field, value]) => (
                <Group key={field} gap={6} wrap="wrap">
                  <Text component="dt" size="xs" c="dimmed">
                    {t(`complaints.fields.${field}`)}:
                  </Text>
                  <Text component="dd" size="sm" m={0}>
                    {formatTime(value)}
                  </Text>
                </Group>
              ))}
              <Group gap={6} wrap="wrap">
                <Text component="dt" size="xs" c="dimmed">
                  {t('complaints.fields.outcome')}:
                </Text>
                <Text component="dd" size="sm" fw={500} m={0}>
                  {t(`complaints.outcomes.${record.outcome}`)}
                </Text>
              </Group>
            </SimpleGrid>
            {canEdit && (
              <Group gap="xs" wrap="wrap">
                <Button
                  size="sm"
                  variant="light"
                  aria-label={t('complaints.edit', { reference: nameOf(record) })}
                  onClick={() => onEdit(record)}
                >
                  ✎ {t('complaints.editShort')}
                </Button>
                <Button
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={t('complaints.delete', { reference: nameOf(record) })}
                  onClick={() => onDelete(record)}
                >
                  × {t('complaints.deleteShort')}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
