import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintRecord, ResponseTimeSummaryView } from '../../../contracts/complaints.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { useNarrowScreen } from '../../lib/use-narrow-screen';
import { applyOutboxToComplaints } from '../offline/apply-outbox-to-collection';
import type { OutboxEntry } from '../offline/outbox-database';
import { OutboxEntryState } from '../offline/outbox-entry-state';
import { deleteComplaint, saveComplaint } from '../offline/outbox-writes';
import { ComplaintForm } from './complaint-form';
import { ComplaintRecordCards } from './complaint-record-cards';
import { useComplaints } from './complaints-api';
import { formatDuration } from './format-duration';

export interface ComplaintRecordsCardProps {
  year: number;
  entityCode: string;
  unitId: string;
  editable: boolean;
  /** The unit's outbox: records added, changed or removed on this device show at once. */
  outbox: readonly OutboxEntry[];
}

/**
 * The complaints sampled at a unit, with how fast the unit answered and settled them (median and 90th
 * percentile): the figures the Pengaduan indicators' speed-of-handling questions rest on.
 */
export function ComplaintRecordsCard({
  year,
  entityCode,
  unitId,
  editable,
  outbox,
}: ComplaintRecordsCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const target = { year, entityCode, unitId };
  const fetched = useComplaints(target);
  const complaints = {
    error: fetched.error,
    data: fetched.data ? applyOutboxToComplaints(fetched.data, outbox) : undefined,
  };
  const [saveError, setSaveError] = useState<unknown>(null);
  const [editing, setEditing] = useState<{ record: ComplaintRecord | null; key: number } | null>(null);
  const canEdit = editable && (complaints.data?.editable ?? false);
  const entriesOf = (id: string) => outbox.filter((entry) => entry.recordKey === `complaint:${id}`);
  // Complaint times are the unit's wall clock: the locus's zone, named (WIB/WITA/WIT).
  const formatTime = (iso: string | null) =>
    iso ? format.dateTime(iso, entityCode, { style: 'medium' }) : t('common.none');
  const nameOf = (record: ComplaintRecord) => record.reference || t('complaints.noReference');
  const open = (record: ComplaintRecord | null) => {
    setSaveError(null);
    setEditing({ record, key: Date.now() });
  };
  const remove = (record: ComplaintRecord) => {
    if (window.confirm(t('complaints.confirmDelete', { reference: nameOf(record) })))
      deleteComplaint(target, record.id, record.version).catch(setSaveError);
  };
  const narrow = useNarrowScreen();

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="complaint-records-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4" id="complaint-records-title">
            {t('complaints.title')}
          </Title>
          {canEdit && (
            <Button size="xs" onClick={() => open(null)}>
              {t('complaints.add')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('complaints.purpose')}
        </Text>
        {complaints.data && !canEdit && (
          <Text size="xs" c="dimmed">
            {t('complaints.readOnly')}
          </Text>
        )}
        <ApiErrorAlert error={complaints.error} />
        {complaints.data && <ResponseSummary summary={complaints.data.summary} />}
        {complaints.data && complaints.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('complaints.none')}
          </Text>
        )}
        {complaints.data && complaints.data.items.length > 0 && narrow && (
          <ComplaintRecordCards
            records={complaints.data.items}
            canEdit={canEdit}
            formatTime={formatTime}
            nameOf={nameOf}
            entriesOf={entriesOf}
            onEdit={open}
            onDelete={remove}
          />
        )}
        {complaints.data && complaints.data.items.length > 0 && !narrow && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('complaints.fields.reference')}</Table.Th>
                  <Table.Th>{t('complaints.fields.receivedAt')}</Table.Th>
                  <Table.Th>{t('complaints.fields.firstResponseAt')}</Table.Th>
                  <Table.Th>{t('complaints.fields.resolvedAt')}</Table.Th>
                  <Table.Th>{t('complaints.fields.outcome')}</Table.Th>
                  {canEdit && (
                    <Table.Th>
                      <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {complaints.data.items.map((record) => (
                  <Table.Tr key={record.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {nameOf(record)}
                      </Text>
                      <Badge
                        size="xs"
                        variant="light"
                        color={record.channel === 'sp4n-lapor' ? 'red' : 'gray'}
                      >
                        {t(`complaints.channels.${record.channel}`)}
                      </Badge>
                      <OutboxEntryState entries={entriesOf(record.id)} />
                      {record.summary && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {record.summary}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatTime(record.receivedAt)}</Table.Td>
                    <Table.Td>{formatTime(record.firstResponseAt)}</Table.Td>
                    <Table.Td>{formatTime(record.resolvedAt)}</Table.Td>
                    <Table.Td>{t(`complaints.outcomes.${record.outcome}`)}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={t('complaints.edit', { reference: nameOf(record) })}
                            onClick={() => open(record)}
                          >
                            ✎
                          </Button>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('complaints.delete', { reference: nameOf(record) })}
                            onClick={() => remove(record)}
                          >
                            ×
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing && (
        <ComplaintForm
          key={editing.key}
          opened
          record={editing.record}
          saving={false}
          error={saveError}
          onClose={() => setEditing(null)}
          onSave={(input) =>
            saveComplaint(
              target,
              { id: editing.record?.id ?? null, expectedVersion: editing.record?.version ?? 1 },
              input,
            ).then(() => setEditing(null), setSaveError)
          }
        />
      )}
    </Card>
  );
}

function ResponseSummary({ summary }: { summary: ResponseTimeSummaryView }) {
  const { t } = useTranslation();
  const figure = (spread: ResponseTimeSummaryView['firstResponseHours'], which: 'median' | 'p90') =>
    spread ? formatDuration(spread[which], t) : t('complaints.summary.noData');
  return (
    <Stack gap={4} aria-label={t('complaints.summary.title')} role="group">
      <Text size="sm" fw={600}>
        {t('complaints.summary.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('complaints.summary.counts', summary)}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {(
          [
            ['firstResponse', summary.firstResponseHours],
            ['resolution', summary.resolutionHours],
          ] as const
        ).flatMap(([kind, spread]) =>
          (['median', 'p90'] as const).map((which) => (
            <Card key={`${kind}-${which}`} withBorder padding="xs">
              <Text size="xs" c="dimmed">
                {t(`complaints.summary.${kind}`)} · {t(`complaints.summary.${which}`)}
              </Text>
              <Text fw={700}>{figure(spread, which)}</Text>
            </Card>
          )),
        )}
      </SimpleGrid>
    </Stack>
  );
}
