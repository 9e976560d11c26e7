import { Alert, Button, Card, Checkbox, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkQueueItem } from '../../../contracts/work-queues.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { UnitCollectionLink } from '../collection/unit-collection-link';
import { LocusLink } from '../cycles/planning-links';
import { useAcceptLoci, useWorkQueue } from './work-queue-api';

const keyOf = (item: WorkQueueItem) => `${item.year}/${item.entityCode}/${item.unitId ?? ''}`;

/**
 * The first card of a verifier's, coordinator's or the centre's home page: what waits for them, oldest first
 * with its age. The centre selects several approved entities and accepts them after one confirmation.
 */
export function WorkQueueCard() {
  const { t } = useTranslation();
  const queue = useWorkQueue();
  const accept = useAcceptLoci();
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const kind = queue.data?.kind;
  if (!kind) return queue.error ? <ApiErrorAlert error={queue.error} /> : null;
  const items = queue.data?.items ?? [];
  const canAccept = kind === 'ready-to-accept';
  const chosen = items.filter((item) => selected.includes(keyOf(item)));
  const confirm = () => {
    setConfirming(false);
    accept.mutate(chosen, { onSuccess: () => setSelected([]) });
  };
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="home-work-queue">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id="home-work-queue">
            {t(`queues.title.${kind}`)} ({queue.data?.total ?? 0})
          </Title>
          {canAccept && items.length > 0 && (
            <Checkbox
              size="md"
              label={t('queues.selectAll')}
              checked={chosen.length === items.length}
              indeterminate={chosen.length > 0 && chosen.length < items.length}
              onChange={(event) => setSelected(event.currentTarget.checked ? items.map(keyOf) : [])}
            />
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t(`queues.intro.${kind}`)}
        </Text>
        {items.length === 0 && <Text>{t('queues.empty')}</Text>}
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <Group
              key={keyOf(item)}
              component="li"
              gap="sm"
              wrap="nowrap"
              mih={44}
              data-testid="work-queue-item"
            >
              {canAccept && (
                <Checkbox
                  size="md"
                  aria-label={t('queues.select', { name: item.entityName })}
                  checked={selected.includes(keyOf(item))}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    setSelected((current) =>
                      checked ? [...current, keyOf(item)] : current.filter((key) => key !== keyOf(item)),
                    );
                  }}
                />
              )}
              <Stack gap={0} style={{ minWidth: 0 }}>
                <QueueItemLink item={item} />
                <Text size="xs" c="dimmed">
                  {item.year} ·{' '}
                  {item.ageDays === null
                    ? ''
                    : item.ageDays === 0
                      ? t('queues.waitingToday')
                      : t('queues.waitingDays', { count: item.ageDays })}
                </Text>
              </Stack>
            </Group>
          ))}
        </Stack>
        {queue.data && queue.data.total > items.length && (
          <Text size="sm" c="dimmed">
            {t('queues.more', { shown: items.length, total: queue.data.total })}
          </Text>
        )}
        {canAccept && items.length > 0 && (
          <Button
            size="md"
            disabled={chosen.length === 0}
            loading={accept.isPending}
            onClick={() => setConfirming(true)}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('queues.acceptSelected', { count: chosen.length })}
          </Button>
        )}
        {accept.data && (
          <Alert color={accept.data.refused.length > 0 ? 'orange' : 'teal'} role="status">
            <Text size="sm">{t('queues.acceptedCount', { count: accept.data.accepted.length })}</Text>
            {accept.data.refused.map((refusal) => (
              <Text size="sm" key={refusal.code}>
                {t('queues.refused', { code: refusal.code, message: refusal.message })}
              </Text>
            ))}
          </Alert>
        )}
        <ApiErrorAlert error={accept.error} />
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('queues.confirmTitle', { count: chosen.length })}
      >
        <Stack gap="md">
          <Text size="sm">{t('queues.confirmBody')}</Text>
          <Text size="sm" fw={500}>
            {chosen.map((item) => `${item.entityName} (${item.year})`).join(', ')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={() => setConfirming(false)}>
              {t('queues.cancel')}
            </Button>
            <Button size="md" onClick={confirm}>
              {t('queues.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function QueueItemLink({ item }: { item: WorkQueueItem }) {
  if (item.unitId) {
    return (
      <UnitCollectionLink year={item.year} code={item.entityCode} unitId={item.unitId}>
        {item.unitName} · {item.entityName}
      </UnitCollectionLink>
    );
  }
  return (
    <LocusLink year={item.year} code={item.entityCode}>
      {item.entityName}
    </LocusLink>
  );
}
