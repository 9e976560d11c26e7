import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItem, PlanItemStatus } from '../../../contracts/plans.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { isApiError } from '../../lib/api-client';
import { useFormatters } from '../../lib/use-formatters';
import { planUrl, useUpdatePlanItem, useUploadPlanEvidence } from './plans-api';

interface PlanItemCardProps {
  code: string;
  year: number;
  item: PlanItem;
  canEdit: boolean;
  /** Takes the item out of the plan (after the page's confirmation). */
  onRemove?: () => void;
}

const statuses: PlanItemStatus[] = ['planned', 'in_progress', 'done', 'dropped'];

export function PlanItemCard({ code, year, item, canEdit, onRemove }: PlanItemCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const update = useUpdatePlanItem(code, year);
  const upload = useUploadPlanEvidence(code, year);
  const [status, setStatus] = useState<PlanItemStatus>(item.status);
  const [note, setNote] = useState('');
  // Owner, due date and wording are edited in place; only what changed is sent, with the version read.
  const [ownerName, setOwnerName] = useState(item.ownerName);
  const [ownerPosition, setOwnerPosition] = useState(item.ownerPosition);
  const [dueDate, setDueDate] = useState(item.dueDate ?? '');
  const [action, setAction] = useState(item.action);
  const points = format.score;
  const position = item.position + 1;
  const save = () =>
    update.mutate(
      {
        itemId: item.id,
        version: item.version,
        status,
        ...(ownerName.trim() !== item.ownerName ? { ownerName: ownerName.trim() } : {}),
        ...(ownerPosition.trim() !== item.ownerPosition ? { ownerPosition: ownerPosition.trim() } : {}),
        ...(dueDate !== (item.dueDate ?? '') ? { dueDate: dueDate === '' ? null : dueDate } : {}),
        ...(action.trim() !== item.action ? { action: action.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: () => setNote('') },
    );
  return (
    <Card
      withBorder
      style={item.overdue ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>
              {position}. {item.indicatorCode} — {item.unitName ?? t('plans.plan.wholeEntity')}
            </Text>
            <Text>{item.action}</Text>
          </div>
          <Group gap={4}>
            <Badge>{t(`plans.plan.statuses.${item.status}`)}</Badge>
            {item.overdue && <Badge color="red">{t('plans.plan.overdue')}</Badge>}
            {item.dueSoon && <Badge color="yellow">{t('plans.plan.dueSoon')}</Badge>}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t('plans.plan.owner')}: {item.ownerName || '—'}
          {item.ownerPosition ? ` (${item.ownerPosition})` : ''} · {t('plans.plan.dueDate')}:{' '}
          {item.dueDate ? format.calendarDate(item.dueDate) : '—'}
          {item.expectedGain !== null && ` · ${t('plans.plan.expectedGain')}: +${points(item.expectedGain)}`}
        </Text>
        {item.realisedGain !== null && (
          <Text size="sm">
            {t('plans.plan.realisedGain')}: {item.realisedGain >= 0 ? '+' : ''}
            {points(item.realisedGain)} —{' '}
            {item.improved ? t('plans.plan.improved') : t('plans.plan.notImproved')}
          </Text>
        )}
        {item.notes.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('plans.plan.notes')}
            </Text>
            {item.notes.map((entry) => (
              <Text size="sm" key={`${entry.at}-${entry.text}`}>
                {format.dateTime(entry.at, code, { style: 'medium' })} — {entry.authorName}: {entry.text}
              </Text>
            ))}
          </Stack>
        )}
        {item.files.length > 0 && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('plans.plan.evidence')}:
            </Text>
            {item.files.map((file) => (
              <Anchor
                key={file.sha256}
                size="sm"
                href={`${planUrl(code, year)}/items/${item.id}/files/${file.sha256}`}
              >
                {file.fileName}
              </Anchor>
            ))}
          </Group>
        )}
        {canEdit && (
          <Stack gap="xs">
            <Group align="flex-end">
              <NativeSelect
                label={t('plans.plan.statusOf', { position })}
                data={statuses.map((value) => ({ value, label: t(`plans.plan.statuses.${value}`) }))}
                value={status}
                onChange={(event) => setStatus(event.currentTarget.value as PlanItemStatus)}
                w={180}
              />
              <FileInput
                label={t('plans.plan.evidenceFor', { position })}
                accept="application/pdf,image/jpeg,image/png,image/webp"
                value={null}
                onChange={(file) => file && upload.mutate({ itemId: item.id, file })}
                disabled={upload.isPending}
                w={220}
              />
            </Group>
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label={t('plans.plan.ownerOf', { position })}
                value={ownerName}
                onChange={(event) => setOwnerName(event.currentTarget.value)}
                maxLength={160}
                w={220}
              />
              <TextInput
                label={t('plans.plan.ownerPositionOf', { position })}
                value={ownerPosition}
                onChange={(event) => setOwnerPosition(event.currentTarget.value)}
                maxLength={200}
                w={220}
              />
              <TextInput
                type="date"
                label={t('plans.plan.dueDateOf', { position })}
                value={dueDate}
                onChange={(event) => setDueDate(event.currentTarget.value)}
                w={180}
              />
            </Group>
            <Textarea
              label={t('plans.plan.actionOf', { position })}
              value={action}
              onChange={(event) => setAction(event.currentTarget.value)}
              autosize
              minRows={1}
              maxLength={2000}
            />
            <Textarea
              label={t('plans.plan.note', { position })}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
              minRows={1}
            />
            <Group>
              <Button onClick={save} loading={update.isPending}>
                {t('plans.plan.save', { position })}
              </Button>
              {onRemove && (
                <Button variant="subtle" color="red" onClick={onRemove}>
                  {t('plans.plan.removeItem', { position })}
                </Button>
              )}
              {update.isSuccess && (
                <Text size="sm" role="status">
                  {t('plans.plan.saved')}
                </Text>
              )}
            </Group>
            {isApiError(update.error, 'CONFLICT') ? (
              <Text c="red" size="sm">
                {t('plans.plan.stale')}
              </Text>
            ) : (
              <ApiErrorAlert error={update.error} />
            )}
            <ApiErrorAlert error={upload.error} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
