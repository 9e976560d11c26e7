import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeOutboxProblem } from './describe-outbox-problem';
import type { OutboxEntry } from './outbox-database';
import { discardEntry } from './outbox-writes';

const colourByState: Record<OutboxEntry['state'], string> = {
  pending: 'orange',
  sending: 'blue',
  failed: 'orange',
  conflict: 'red',
  rejected: 'red',
  done: 'green',
};

/** The state of one record's changes in the outbox (nothing when everything is on the server). */
export function OutboxEntryState({ entries }: { entries: readonly OutboxEntry[] | undefined }) {
  const { t } = useTranslation();
  const open = (entries ?? []).filter((entry) => entry.state !== 'done');
  const shown = open.find((entry) => entry.state === 'rejected' || entry.state === 'conflict') ?? open[0];
  if (!shown) return null;
  const text =
    shown.state === 'rejected'
      ? t('offline.entry.rejected', { message: describeOutboxProblem(shown, t) })
      : t(`offline.entry.${shown.state}`);
  return (
    <Group gap={4} wrap="wrap">
      <Badge size="xs" variant="light" color={colourByState[shown.state]} role="status">
        {text}
      </Badge>
      {(shown.state === 'rejected' || shown.state === 'conflict') && shown.seq !== undefined && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          onClick={() => shown.seq !== undefined && void discardEntry(shown.seq)}
        >
          {t('offline.entry.discard')}
        </Button>
      )}
      {shown.state === 'failed' && (shown.lastReason || shown.lastError) && (
        <Text size="xs" c="dimmed">
          {describeOutboxProblem(shown, t)}
        </Text>
      )}
    </Group>
  );
}
