import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrustResponseItemDto } from '../../../contracts/public-trust.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { type TrustSurveyRef, useTrustResponseExclusion, useTrustSurveyResponses } from './trust-survey-api';

/** The entity's public-trust responses with their flags; verifiers (and coordinators, admins) exclude with a note. */
export function TrustResponsesList(props: TrustSurveyRef & { headingId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const responses = useTrustSurveyResponses(props, open);
  const data = responses.data;
  return (
    <Stack gap="xs" component="section" aria-labelledby={props.headingId}>
      <Group justify="space-between">
        <Text fw={600} size="sm" id={props.headingId}>
          {t('trustSurvey.responses.title')}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={() => setOpen(!open)}>
          {open
            ? t('trustSurvey.responses.hide')
            : t('trustSurvey.responses.show', { count: data?.responses.length ?? 0 })}
        </Button>
      </Group>
      <ApiErrorAlert error={responses.error} />
      {open && data && (
        <>
          <Text size="sm">
            {t('trustSurvey.responses.summary', {
              counted: data.counted,
              excluded: data.excluded,
              flagged: data.flagged,
            })}
          </Text>
          {data.responses.length === 0 && <Text size="sm">{t('trustSurvey.responses.empty')}</Text>}
          {data.responses.map((item) => (
            <TrustResponseRow key={item.id} item={item} refs={props} canExclude={data.exclusion.open} />
          ))}
        </>
      )}
    </Stack>
  );
}

function TrustResponseRow(props: { item: TrustResponseItemDto; refs: TrustSurveyRef; canExclude: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { item } = props;
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const exclusion = useTrustResponseExclusion(props.refs);
  const answers = Object.entries(item.answers)
    .map(([code, level]) => `${code}: ${level === 0 ? '?' : level}`)
    .join(' · ');
  return (
    <Paper withBorder p="xs">
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {item.client
              ? t('trustSurvey.responses.client', { client: item.client })
              : t('trustSurvey.responses.unknownClient')}
          </Text>
          <Text size="xs" c="dimmed">
            {format.dateTime(item.submittedAt, props.refs.entityCode, { style: 'medium' })}
          </Text>
          {item.flags.map((flag) => (
            <Badge key={flag} color="orange" variant="light">
              {t(`survey.responses.flags.${flag}`)}
            </Badge>
          ))}
          {item.excluded && <Badge color="gray">{t('trustSurvey.responses.excludedBadge')}</Badge>}
        </Group>
        <Text size="xs">{answers}</Text>
        {item.exclusion && (
          <Text size="xs" c="dimmed">
            {t('trustSurvey.responses.excludedBy', {
              who: item.exclusion.byName ?? '—',
              note: item.exclusion.note,
            })}
          </Text>
        )}
        {props.canExclude && !editing && (
          <Group>
            <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>
              {item.excluded ? t('trustSurvey.responses.include') : t('trustSurvey.responses.exclude')}
            </Button>
          </Group>
        )}
        {editing && (
          <Stack gap={4}>
            <Textarea
              label={t('trustSurvey.responses.noteLabel')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Group gap="xs">
              <Button
                size="compact-sm"
                disabled={note.trim().length < 3}
                loading={exclusion.isPending}
                onClick={() =>
                  exclusion.mutate(
                    { responseId: item.id, body: { excluded: !item.excluded, note: note.trim() } },
                    {
                      onSuccess: () => {
                        setEditing(false);
                        setNote('');
                      },
                    },
                  )
                }
              >
                {t('trustSurvey.responses.confirm')}
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(false)}>
                {t('trustSurvey.responses.cancel')}
              </Button>
            </Group>
            <ApiErrorAlert error={exclusion.error} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
