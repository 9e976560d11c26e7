import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objection } from '../../../contracts/objections.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { useDecideObjection } from './objections-api';

const statusColour = { open: 'blue', accepted: 'green', rejected: 'red' } as const;

/** Objections with their evidence; deciders get a note field and accept/reject buttons on open ones. */
export function ObjectionList({
  year,
  items,
  canDecide,
}: {
  year: number;
  items: readonly Objection[];
  canDecide: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="objection-list">
      <Title order={2} size="h4">
        {t('objections.list')}
      </Title>
      {items.length === 0 && <Text size="sm">{t('objections.empty')}</Text>}
      {items.map((objection) => (
        <ObjectionCard key={objection.id} year={year} objection={objection} canDecide={canDecide} />
      ))}
    </Stack>
  );
}

function ObjectionCard({
  year,
  objection,
  canDecide,
}: {
  year: number;
  objection: Objection;
  canDecide: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const decide = useDecideObjection(year);
  const [note, setNote] = useState('');
  const at = (iso: string) => format.dateTime(iso, objection.provinceCode, { style: 'medium' });
  return (
    <Card withBorder padding="sm" aria-label={`${objection.entityName} ${objection.indicatorCode ?? ''}`}>
      <Stack gap={6}>
        <Group gap="xs">
          <Badge color={statusColour[objection.status]}>{t(`objections.status_${objection.status}`)}</Badge>
          <Text fw={600}>
            {objection.entityName}
            {objection.unitName ? ` · ${objection.unitName}` : ''}
            {objection.indicatorCode ? ` · ${objection.indicatorCode}` : ''}
          </Text>
        </Group>
        <Text size="sm">{objection.text}</Text>
        <Text size="xs" c="dimmed">
          {t('objections.filedBy', { name: objection.filedByName, at: at(objection.filedAt) })}
        </Text>
        {objection.files.map((file) => (
          <Anchor
            key={file.sha256}
            size="sm"
            href={`/api/cycles/${year}/objections/${objection.id}/files/${file.sha256}`}
          >
            {file.fileName}
          </Anchor>
        ))}
        {objection.status !== 'open' && (
          <Text size="sm">
            {t('objections.decidedBy', {
              name: objection.decidedByName ?? '',
              note: objection.decisionNote ?? '',
            })}
          </Text>
        )}
        {objection.status === 'accepted' && (
          <Text size="xs" c="dimmed">
            {t('objections.acceptedHint')}
          </Text>
        )}
        {canDecide && objection.status === 'open' && (
          <Stack gap={6}>
            <Textarea
              label={t('objections.decisionNote')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
            />
            <ApiErrorAlert error={decide.error} />
            <Group gap="xs">
              <Button
                size="xs"
                color="green"
                disabled={note.trim().length < 3}
                loading={decide.isPending}
                onClick={() => decide.mutate({ id: objection.id, body: { decision: 'accepted', note } })}
              >
                {t('objections.accept')}
              </Button>
              <Button
                size="xs"
                color="red"
                variant="light"
                disabled={note.trim().length < 3}
                loading={decide.isPending}
                onClick={() => decide.mutate({ id: objection.id, body: { decision: 'rejected', note } })}
              >
                {t('objections.reject')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
