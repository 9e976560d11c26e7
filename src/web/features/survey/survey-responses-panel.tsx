import { Badge, Box, Button, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyResponseItemDto } from '../../../contracts/survey.contract';
import { isActionOpenToRole } from '../../../core/access/can';
import { serviceUserSurveyFlagRules } from '../../../core/survey/flag-survey-responses';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { useCurrentUser } from '../auth/use-current-user';
import { type SurveyUnitRef, useSurveyResponseExclusion, useUnitSurveyResponses } from './survey-api';
import { SurveyProofLine } from './survey-proof-line';

/** Tap targets of at least 44 px: the verifier often works on a phone in the field. */
const tapTarget = { minHeight: 44 };

/**
 * The unit's survey responses for the verifier: the flags that suggest one person answering many times, and
 * the action that keeps a response out of the score and the quota (or counts it again), with a note.
 */
export function SurveyResponsesPanel(props: SurveyUnitRef & { headingId: string; counter: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const { data: user } = useCurrentUser();
  const responses = useUnitSurveyResponses(props);
  const { refetch } = responses;
  const seenCounter = useRef(props.counter);
  // The card's counter refreshes often; when it moves, new responses arrived: list them too.
  useEffect(() => {
    if (seenCounter.current === props.counter) return;
    seenCounter.current = props.counter;
    void refetch();
  }, [props.counter, refetch]);
  const [onlyFlagged, setOnlyFlagged] = useState(true);
  const canExclude = user ? isActionOpenToRole(user.role, 'collection.verify') : false;
  const data = responses.data;
  const shown = data
    ? data.responses.filter(
        (item) => !onlyFlagged || item.flags.length > 0 || item.excluded || item.afterSubmission,
      )
    : [];
  return (
    <Box component="section" aria-labelledby={props.headingId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={props.headingId}>
          {t('survey.responses.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('survey.responses.intro')}
        </Text>
        {responses.isPending && <Loader size="sm" />}
        <ApiErrorAlert error={responses.error} />
        {data && (
          <>
            <Text size="sm" fw={600}>
              {t('survey.responses.summary', {
                counted: data.counted,
                excluded: data.excluded,
                flagged: data.flagged,
              })}
            </Text>
            {data.afterSubmission > 0 && (
              <Text size="sm" data-testid="survey-after-submission-count">
                {t('survey.responses.afterSubmissionSummary', { count: data.afterSubmission })}
              </Text>
            )}
            <Group>
              <Button variant="default" style={tapTarget} onClick={() => setOnlyFlagged(!onlyFlagged)}>
                {onlyFlagged
                  ? t('survey.responses.showAll', { count: data.responses.length })
                  : t('survey.responses.onlyFlagged')}
              </Button>
            </Group>
            {canExclude && data.exclusion.reason && (
              <Text size="xs" c="dimmed">
                {data.exclusion.reason[language]}
              </Text>
            )}
            {shown.length === 0 && <Text size="sm">{t('survey.responses.empty')}</Text>}
            {shown.map((item) => (
              <SurveyResponseRow
                key={item.id}
                unit={props}
                item={item}
                canExclude={canExclude}
                exclusionOpen={data.exclusion.open}
              />
            ))}
          </>
        )}
      </Stack>
    </Box>
  );
}

function SurveyResponseRow({
  unit,
  item,
  canExclude,
  exclusionOpen,
}: {
  unit: SurveyUnitRef;
  item: SurveyResponseItemDto;
  canExclude: boolean;
  exclusionOpen: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  // The locus's zone (WIB/WITA/WIT), named, whatever the reader's device says.
  const when = (iso: string) => format.dateTime(iso, unit.entityCode, { style: 'medium' });
  const exclusion = useSurveyResponseExclusion(unit);
  const [isEditing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const noteId = `survey-note-${item.id}`;
  const send = () =>
    exclusion.mutate(
      { responseId: item.id, body: { excluded: !item.excluded, note } },
      {
        onSuccess: () => {
          setEditing(false);
          setNote('');
        },
      },
    );
  const ruleValues = {
    unitBurstCount: serviceUserSurveyFlagRules.unitBurstCount,
    clientManyCount: serviceUserSurveyFlagRules.clientManyCount,
    clientBurstCount: serviceUserSurveyFlagRules.clientBurstCount,
    clientRepeatCount: serviceUserSurveyFlagRules.clientRepeatCount,
    patternBurstCount: serviceUserSurveyFlagRules.patternBurstCount,
    minutes: serviceUserSurveyFlagRules.burstWindowMinutes,
  };
  return (
    <Paper withBorder p="sm" bg={item.excluded ? 'gray.1' : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" fw={500}>
            {when(item.submittedAt)} ·{' '}
            {item.client
              ? t('survey.responses.client', { client: item.client })
              : t('survey.responses.unknownClient')}
          </Text>
          {item.excluded && <Badge color="gray">{t('survey.responses.excludedBadge')}</Badge>}
        </Group>
        <Text size="sm">
          {t('survey.responses.answers')}:{' '}
          {Object.entries(item.levels)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([code, level]) => `${code} ${level}`)
            .join(' · ')}
        </Text>
        <SurveyProofLine unit={unit} item={item} />
        {item.afterSubmission && (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge color="blue" variant="light" style={{ flexShrink: 0 }}>
              {t('survey.responses.afterSubmissionBadge')}
            </Badge>
            <Text size="xs" c="dimmed">
              {t('survey.responses.afterSubmissionHelp')}
            </Text>
          </Group>
        )}
        {item.flags.map((flag) => (
          <Group key={flag} gap="xs" wrap="nowrap" align="flex-start">
            <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
              {t(`survey.responses.flags.${flag}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t(`survey.responses.flagHelp.${flag}`, ruleValues)}
            </Text>
          </Group>
        ))}
        {item.exclusion && (
          <Text size="xs">
            {t('survey.responses.excludedBy', {
              when: when(item.exclusion.at),
              who: item.exclusion.byName ?? '—',
              note: item.exclusion.note,
            })}
          </Text>
        )}
        {canExclude && !isEditing && (
          <Group>
            <Button
              variant="light"
              color={item.excluded ? 'blue' : 'red'}
              style={tapTarget}
              disabled={!exclusionOpen}
              onClick={() => setEditing(true)}
            >
              {item.excluded ? t('survey.responses.include') : t('survey.responses.exclude')}
            </Button>
          </Group>
        )}
        {isEditing && (
          <Stack gap="xs">
            <Textarea
              id={noteId}
              label={t('survey.responses.noteLabel')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={1000}
            />
            <Group gap="xs">
              <Button
                color={item.excluded ? 'blue' : 'red'}
                style={tapTarget}
                disabled={note.trim().length < 3}
                loading={exclusion.isPending}
                onClick={send}
              >
                {item.excluded ? t('survey.responses.confirmInclude') : t('survey.responses.confirmExclude')}
              </Button>
              <Button variant="default" style={tapTarget} onClick={() => setEditing(false)}>
                {t('survey.responses.cancel')}
              </Button>
            </Group>
            <ApiErrorAlert error={exclusion.error} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
