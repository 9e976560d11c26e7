import {
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  Loader,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { ReactElement } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachingSession } from '../../../contracts/coaching.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { useCoachingSessions, useCreateCoachingSession, useUploadCoachingFile } from './coaching-api';
import { PlanItemPicker } from './plan-item-picker';

/** "Name; position; institution" per line → attendees (blank lines ignored). */
function parseAttendees(text: string) {
  return text
    .split('\n')
    .map((line) => line.split(';').map((part) => part.trim()))
    .filter(([name]) => name)
    .map(([name = '', position = '', institution = '']) => ({ name, position, institution }));
}

function SessionForm({ defaultProvince }: { defaultProvince: string }) {
  const { t } = useTranslation();
  const create = useCreateCoachingSession();
  const [form, setForm] = useState({
    entityCode: '',
    provinceCode: defaultProvince,
    heldOn: '',
    topic: '',
    facilitator: '',
    attendees: '',
    notes: '',
  });
  const [planYear, setPlanYear] = useState<number | undefined>(undefined);
  const [planItemIds, setPlanItemIds] = useState<string[]>([]);
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      setForm({ ...form, [key]: event.currentTarget.value }),
  });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>{t('plans.coaching.add')}</Text>
        <Group grow>
          <TextInput label={t('plans.coaching.entityCode')} {...field('entityCode')} />
          <TextInput label={t('plans.coaching.provinceCode')} {...field('provinceCode')} />
        </Group>
        <Group grow>
          <TextInput type="date" label={t('plans.coaching.heldOn')} required {...field('heldOn')} />
          <TextInput label={t('plans.coaching.facilitator')} required {...field('facilitator')} />
        </Group>
        <TextInput label={t('plans.coaching.topic')} required {...field('topic')} />
        <Textarea label={t('plans.coaching.attendees')} autosize minRows={2} {...field('attendees')} />
        <Textarea label={t('plans.coaching.notes')} autosize minRows={2} {...field('notes')} />
        <PlanItemPicker
          entityCode={form.entityCode}
          year={planYear}
          onYearChange={setPlanYear}
          value={planItemIds}
          onChange={setPlanItemIds}
        />
        <Group>
          <Button
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                {
                  entityCode: form.entityCode.trim() || null,
                  provinceCode: form.provinceCode.trim() || null,
                  heldOn: form.heldOn,
                  topic: form.topic,
                  facilitator: form.facilitator,
                  attendees: parseAttendees(form.attendees),
                  notes: form.notes,
                  planItemIds,
                },
                {
                  onSuccess: () => {
                    setForm({ ...form, topic: '', attendees: '', notes: '' });
                    setPlanItemIds([]);
                  },
                },
              )
            }
          >
            {t('plans.coaching.save')}
          </Button>
          {create.isSuccess && <Text role="status">{t('plans.coaching.saved')}</Text>}
        </Group>
        <ApiErrorAlert error={create.error} />
      </Stack>
    </Card>
  );
}

function SessionCard({ session, canManage }: { session: CoachingSession; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const upload = useUploadCoachingFile();
  return (
    <Card withBorder>
      <Stack gap={4}>
        <Text fw={600}>
          {format.calendarDate(session.heldOn)} — {session.topic}
        </Text>
        <Text size="sm">
          {session.entityName ?? t('plans.coaching.provinceWide', { province: session.provinceCode })} ·{' '}
          {t('plans.coaching.facilitator')}: {session.facilitator} ·{' '}
          {t('plans.coaching.attendeeCount', { count: session.attendees.length })}
          {session.planItemIds.length > 0 &&
            ` · ${t('plans.coaching.linkedItems', { count: session.planItemIds.length })}`}
        </Text>
        {session.notes && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {session.notes}
          </Text>
        )}
        {session.attachments.length > 0 && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('plans.coaching.attachments')}:
            </Text>
            {session.attachments.map((file) => (
              <Anchor
                key={file.sha256}
                size="sm"
                href={`/api/coaching/${session.id}/attachments/${file.sha256}`}
              >
                {file.fileName}
              </Anchor>
            ))}
          </Group>
        )}
        {canManage && (
          <FileInput
            label={t('plans.coaching.attach', { topic: session.topic })}
            accept="application/pdf,image/jpeg,image/png,image/webp"
            value={null}
            onChange={(file) => file && upload.mutate({ sessionId: session.id, file })}
            disabled={upload.isPending}
          />
        )}
        <ApiErrorAlert error={upload.error} />
      </Stack>
    </Card>
  );
}

export function CoachingPage(): ReactElement {
  const { t } = useTranslation();
  usePageTitle(t('plans.coaching.title'));
  const user = useSignedInUser();
  const sessions = useCoachingSessions();
  const canManage = user.role === 'admin' || user.role === 'coordinator';
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('plans.coaching.title')}
      </Title>
      {canManage && <SessionForm defaultProvince={user.scope.provinceCodes[0] ?? ''} />}
      {sessions.isPending && <Loader aria-label={t('common.loading')} />}
      <ApiErrorAlert error={sessions.error} />
      {sessions.data?.items.length === 0 && <Text c="dimmed">{t('plans.coaching.none')}</Text>}
      {sessions.data?.items.map((session) => (
        <SessionCard key={session.id} session={session} canManage={canManage} />
      ))}
    </Stack>
  );
}
