import { ActionIcon, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintRecord, ResponseTimeSummaryView } from '../../../contracts/complaints.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { isApiError } from '../../lib/api-client';
import { ComplaintForm } from './complaint-form';
import { useComplaintMutations, useComplaints } from './complaints-api';
import { formatDuration } from './format-duration';

export interface ComplaintRecordsCardProps {
  year: number;
  entityCode: string;
  unitId: string;
  editable: boolean;
}

/**
 * The complaints sampled at a unit, with how fast the unit answered and settled them (median and 90th
 * percentile): the figures the Pengaduan indicators' speed-of-handling questions rest on.
 */
export function ComplaintRecordsCard({ year, entityCode, unitId, editable }: ComplaintRecordsCardProps) {
  const { t, i18n } = useTranslation();
  const target = { year, entityCode, unitId };
  const complaints = useComplaints(target);
  const { save, remove } = useComplaintMutations(target);
  const [editing, setEditing] = useState<{ record: ComplaintRecord | null; key: number } | null>(null);
  const canEdit = editable && (complaints.data?.editable ?? false);
  const formatTime = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
          dateStyle: 'medium',
          timeStyle: 'short',
        }).format(new Date(iso))
      : t('common.none');
  const nameOf = (record: ComplaintRecord) => record.reference || t('complaints.noReference');
  const open = (record: ComplaintRecord | null) => {
    save.reset();
    setEditing({ record, key: Date.now() });
  };
  const stale = isApiError(save.error, 'CONFLICT') || isApiError(remove.error, 'CONFLICT');

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
        {complaints.data && complaints.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('complaints.fields.reference')}</Table.Th>
                  <Table.Th>{t('complaints.fields.receivedAt')}</Table.Th>
                  <Table.Th>{t('complaints.fields.firstResponseAt')}</Table.Th>
                  <Table.Th>{t('complaints.fields.resolvedAt')}</Table.Th>
                  <Table.Th>{t('complaints.fields.outcome')}</Table.Th>
                  {canEdit && <Table.Th />}
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
                            loading={remove.isPending && remove.variables?.id === record.id}
                            onClick={() => {
                              if (
                                window.confirm(t('complaints.confirmDelete', { reference: nameOf(record) }))
                              )
                                remove.mutate({ id: record.id, expectedVersion: record.version });
                            }}
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
        {stale && (
          <Text size="sm" c="orange" role="status">
            {t('complaints.errors.stale')}
          </Text>
        )}
        <ApiErrorAlert error={remove.error} />
      </Stack>
      {editing && (
        <ComplaintForm
          key={editing.key}
          opened
          record={editing.record}
          saving={save.isPending}
          error={save.error}
          onClose={() => setEditing(null)}
          onSave={(input) =>
            save.mutate(
              { id: editing.record?.id ?? null, expectedVersion: editing.record?.version ?? 1, input },
              { onSuccess: () => setEditing(null) },
            )
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
