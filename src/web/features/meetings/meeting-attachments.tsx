import { Anchor, FileInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../contracts/meetings.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { meetingUrl, useUploadAttachment } from './meetings-api';

interface MeetingAttachmentsProps {
  meeting: Meeting;
  canUpload: boolean;
}

export function MeetingAttachments({ meeting, canUpload }: MeetingAttachmentsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const upload = useUploadAttachment(meeting.year, meeting.entityCode, meeting.kind);
  const base = meetingUrl(meeting.year, meeting.entityCode, meeting.kind);
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('planning.meeting.attachments')}</Text>
      {meeting.attachments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('planning.meeting.noAttachments')}
        </Text>
      )}
      <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
        {meeting.attachments.map((attachment) => (
          <li key={attachment.sha256}>
            <Anchor href={`${base}/attachments/${attachment.sha256}`} size="sm">
              {attachment.fileName}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              {format.fileSize(attachment.sizeBytes)}
            </Text>
          </li>
        ))}
      </Stack>
      {canUpload && (
        <FileInput
          label={t('planning.meeting.attachmentFile')}
          accept="application/pdf,image/jpeg,image/png,image/webp"
          value={null}
          onChange={(file) => {
            if (file) upload.mutate(file);
          }}
          disabled={upload.isPending}
        />
      )}
      {upload.isSuccess && (
        <Text size="sm" role="status">
          {t('planning.meeting.uploaded')}
        </Text>
      )}
      <ApiErrorAlert error={upload.error} />
    </Stack>
  );
}
