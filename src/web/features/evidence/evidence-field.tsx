import { ActionIcon, Alert, Anchor, Button, Group, Image, Progress, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../contracts/evidence.contract';
import { formatDateTime, formatPercent } from '../../../core/format';
import { createdIds } from '../offline/apply-outbox-to-collection';
import type { OutboxEntry } from '../offline/outbox-database';
import { OutboxEntryState } from '../offline/outbox-entry-state';
import { deleteEvidence, StorageFullError, unitKeyOf, uploadEvidence } from '../offline/outbox-writes';
import { beginPhotoPreparation } from '../offline/photo-preparations';
import { type EvidenceTarget, evidenceFileUrl } from './evidence-api';
import { formatBytes } from './format-bytes';
import { maxEvidenceBytes, prepareEvidenceUpload } from './prepare-evidence-upload';

export interface EvidenceFieldProps {
  year: number;
  entityCode: string;
  unitId: string;
  indicatorCode: string;
  respondentId: string | null;
  items: EvidenceItem[];
  needsEvidence: boolean;
  disabled: boolean;
  /** The unit's outbox: uploads of this answer still on the device are listed with their state. */
  outbox: readonly OutboxEntry[];
}

type Activity = { kind: 'preparing' | 'uploading'; name: string; fraction: number } | null;

/**
 * The photos and PDFs supporting one answer: a list with thumbnails, capture time and place, and (while the
 * unit is editable) buttons to take a photo, choose a file or delete one. Photos shrink before upload.
 */
export function EvidenceField(props: EvidenceFieldProps) {
  const { year, entityCode, unitId, indicatorCode, respondentId, items, needsEvidence, disabled, outbox } =
    props;
  const { t, i18n } = useTranslation();
  const target: EvidenceTarget = { year, entityCode, unitId };
  const [activity, setActivity] = useState<Activity>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const language = i18n.language === 'en' ? 'en' : 'id';
  const busy = activity !== null;
  const labelSuffix = respondentId ? `${indicatorCode} (${respondentId.slice(0, 8)})` : indicatorCode;
  const serverIds = createdIds(outbox);
  const queued = outbox.filter((entry) => {
    if (entry.kind !== 'evidence-upload' || entry.body?.indicatorCode !== indicatorCode) return false;
    const owner = entry.body.respondentId;
    const ownerId = typeof owner === 'string' ? (serverIds.get(owner) ?? owner) : null;
    return ownerId === respondentId;
  });

  const send = async (file: File, markQueued: () => void) => {
    setError(null);
    setNotice(null);
    setActivity({ kind: 'preparing', name: file.name, fraction: 0 });
    try {
      const prepared = await prepareEvidenceUpload(file);
      if (!prepared.ok) {
        const { problem } = prepared;
        setError(
          problem.kind === 'too-large'
            ? t('evidence.tooLarge', {
                name: file.name,
                size: formatBytes(problem.sizeBytes, language),
                limit: formatBytes(maxEvidenceBytes, language),
              })
            : t(problem.kind === 'wrong-type' ? 'evidence.wrongType' : 'evidence.unreadableImage', {
                name: file.name,
              }),
        );
        return;
      }
      // Into the outbox: listed below at once, uploaded (resumably) when there is a connection.
      await uploadEvidence(target, { indicatorCode, respondentId }, prepared.upload);
    } catch (failure) {
      if (failure instanceof StorageFullError) {
        setError(
          t('offline.evidence.storageFull', {
            needed: formatBytes(failure.neededBytes, language),
            free: formatBytes(failure.freeBytes, language),
          }),
        );
        return;
      }
      const reason = failure instanceof Error ? failure.message : String(failure);
      setError(t('evidence.uploadFailed', { name: file.name, reason }));
    } finally {
      markQueued();
      setActivity(null);
    }
  };

  const remove = async (item: EvidenceItem) => {
    if (!window.confirm(t('evidence.confirmDelete', { name: item.fileName }))) return;
    setError(null);
    setNotice(null);
    try {
      await deleteEvidence(target, item.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const onPicked = (input: HTMLInputElement | null) => {
    const files = input?.files ? [...input.files] : [];
    if (input) input.value = '';
    // Waiting from the moment they are picked: downscaling takes a while, and until each photo is in the
    // outbox the page must not say "Semua tersimpan" nor let the unit be submitted without it.
    const unitKey = unitKeyOf(target);
    const preparations = files.map(() => beginPhotoPreparation(unitKey));
    void (async () => {
      for (const [index, file] of files.entries()) await send(file, preparations[index] ?? (() => undefined));
    })();
  };

  return (
    <Stack gap="xs" aria-label={`${t('evidence.title')} ${indicatorCode}`} role="group">
      <Text size="sm" fw={600}>
        {t('evidence.title')}
      </Text>
      {needsEvidence && items.length === 0 && queued.length === 0 && (
        <Alert color="yellow" variant="light" role="status" p="xs">
          <Text size="sm">{t('evidence.needsEvidence')}</Text>
        </Alert>
      )}
      {items.length === 0 && !needsEvidence && queued.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('evidence.none')}
        </Text>
      )}
      {items.length > 0 && (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item) => (
            <EvidenceRow
              key={item.id}
              item={item}
              url={evidenceFileUrl(target, item.id)}
              entityCode={entityCode}
              language={language}
              onDelete={disabled ? undefined : () => void remove(item)}
            />
          ))}
        </Stack>
      )}
      {queued.length > 0 && (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {queued.map((entry) => (
            <QueuedUpload key={entry.id} entry={entry} language={language} />
          ))}
        </Stack>
      )}
      {!disabled && (
        <Group gap="xs" wrap="wrap">
          <Button size="xs" variant="light" onClick={() => cameraInput.current?.click()} disabled={busy}>
            {t('evidence.takePhoto')}
          </Button>
          <Button size="xs" variant="default" onClick={() => fileInput.current?.click()} disabled={busy}>
            {t('evidence.chooseFile')}
          </Button>
          <input
            ref={cameraInput}
            type="file"
            accept="image/*"
            capture="environment"
            hidden
            aria-label={`${t('evidence.takePhoto')} ${labelSuffix}`}
            onChange={(event) => onPicked(event.currentTarget)}
          />
          <input
            ref={fileInput}
            type="file"
            accept="image/*,application/pdf"
            multiple
            hidden
            aria-label={`${t('evidence.chooseFile')} ${labelSuffix}`}
            onChange={(event) => onPicked(event.currentTarget)}
          />
        </Group>
      )}
      {activity && (
        <Stack gap={2} role="status">
          <Text size="xs">
            {t(activity.kind === 'preparing' ? 'evidence.preparing' : 'evidence.uploading', {
              name: activity.name,
            })}
          </Text>
          <Progress
            value={activity.kind === 'preparing' ? 100 : Math.round(activity.fraction * 100)}
            animated={activity.kind === 'preparing'}
            size="sm"
            aria-label={t('evidence.uploading', { name: activity.name })}
          />
        </Stack>
      )}
      {notice && (
        <Text size="xs" c="teal" role="status">
          {notice}
        </Text>
      )}
      {error && (
        <Alert color="red" variant="light" role="alert" p="xs">
          <Text size="sm">{error}</Text>
        </Alert>
      )}
    </Stack>
  );
}

function EvidenceRow({
  item,
  url,
  entityCode,
  language,
  onDelete,
}: {
  item: EvidenceItem;
  url: string;
  /** The locus: its province's zone (WIB/WITA/WIT) is the one the photo time is read in. */
  entityCode: string;
  language: 'id' | 'en';
  onDelete: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const isImage = item.mediaType.startsWith('image/');
  const takenAt = item.takenAt
    ? formatDateTime(item.takenAt, language, entityCode, { style: 'medium' })
    : null;
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start">
      {isImage ? (
        <Image
          src={url}
          alt={t('evidence.thumbnail', { name: item.fileName })}
          w={56}
          h={56}
          radius="sm"
          fit="cover"
        />
      ) : (
        <Text
          size="xs"
          fw={700}
          c="dimmed"
          w={56}
          ta="center"
          py={18}
          bg="gray.1"
          style={{ borderRadius: 4 }}
        >
          PDF
        </Text>
      )}
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Anchor
          href={url}
          size="sm"
          aria-label={t('evidence.download', { name: item.fileName })}
          style={{ overflowWrap: 'anywhere' }}
        >
          {item.fileName}
        </Anchor>
        <Text size="xs" c="dimmed">
          {formatBytes(item.sizeBytes, language)}
          {takenAt ? ` · ${t('evidence.takenAt', { when: takenAt })}` : ''}
        </Text>
        {item.latitude !== null && item.longitude !== null && (
          <Anchor
            size="xs"
            href={`https://www.openstreetmap.org/?mlat=${item.latitude}&mlon=${item.longitude}#map=17/${item.latitude}/${item.longitude}`}
            target="_blank"
            rel="noreferrer"
            title={t('evidence.openMap')}
          >
            {t('evidence.position', {
              latitude: item.latitude.toFixed(5),
              longitude: item.longitude.toFixed(5),
            })}
          </Anchor>
        )}
      </Stack>
      {onDelete && (
        <ActionIcon
          variant="subtle"
          color="red"
          onClick={onDelete}
          aria-label={t('evidence.delete', { name: item.fileName })}
        >
          ×
        </ActionIcon>
      )}
    </Group>
  );
}

function QueuedUpload({ entry, language }: { entry: OutboxEntry; language: 'id' | 'en' }) {
  const { t } = useTranslation();
  const file = entry.file;
  if (!file) return null;
  const size = file.bytes.byteLength || file.receivedBytes;
  const percent = size > 0 ? Math.round((file.receivedBytes / size) * 100) : 100;
  return (
    <Stack component="li" gap={2}>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {entry.state === 'done'
          ? `${file.fileName} · ${t('offline.entry.done')}`
          : t('offline.evidence.queued', { name: file.fileName, size: formatBytes(size, language) })}
      </Text>
      {entry.state !== 'done' && file.receivedBytes > 0 && (
        <Progress
          value={percent}
          size="sm"
          aria-label={t('offline.evidence.progress', {
            name: file.fileName,
            percent: formatPercent(percent / 100, language),
          })}
        />
      )}
      <OutboxEntryState entries={[entry]} />
    </Stack>
  );
}
