import { Button, Card, CopyButton, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isActionOpenToRole } from '../../../core/access/can';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LabelledProgress } from '../../components/labelled-progress';
import { useFormatters } from '../../lib/use-formatters';
import { useCurrentUser } from '../auth/use-current-user';
import { TrustResponsesList } from './trust-responses-list';
import {
  type TrustSurveyRef,
  trustSurveyUrl,
  useCreateTrustSurveyLink,
  useTrustSurvey,
} from './trust-survey-api';

/**
 * An entity's public-trust survey (Survei Kepercayaan Masyarakat) for its team: the link and code, the QR
 * poster, the quota, the provisional score and the responses with their flags.
 */
export function TrustSurveyCard(props: TrustSurveyRef) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const survey = useTrustSurvey(props);
  const createLink = useCreateTrustSurveyLink(props);
  const { data: user } = useCurrentUser();
  const canWrite = user ? isActionOpenToRole(user.role, 'collection.write') : false;
  const headingId = `trust-survey-${props.entityCode}`;
  const data = survey.data;
  const language = i18n.language === 'en' ? 'en' : 'id';
  const percent = data && data.target > 0 ? Math.min(100, (data.responses / data.target) * 100) : 0;
  const progress = data ? t('trustSurvey.progress', { responses: data.responses, target: data.target }) : '';
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('trustSurvey.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('trustSurvey.intro')}
        </Text>
        {survey.isPending && <Loader size="sm" />}
        <ApiErrorAlert error={survey.error} />
        {data && (
          <>
            {data.url && data.code ? (
              <Stack gap={4}>
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <TextInput
                    label={t('trustSurvey.linkLabel')}
                    value={data.url}
                    readOnly
                    style={{ flex: 1 }}
                    onFocus={(event) => event.currentTarget.select()}
                  />
                  <CopyButton value={data.url}>
                    {({ copied, copy }) => (
                      <Button variant="light" onClick={copy}>
                        {copied ? t('trustSurvey.copied') : t('trustSurvey.copy')}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('trustSurvey.code', { code: data.code })}
                </Text>
              </Stack>
            ) : (
              <Text size="sm">{t('trustSurvey.noLink')}</Text>
            )}
            <Group gap="sm">
              {!data.url && canWrite && (
                <Button onClick={() => createLink.mutate()} loading={createLink.isPending}>
                  {t('trustSurvey.createLink')}
                </Button>
              )}
              {data.url && (
                <Button
                  component="a"
                  variant="light"
                  href={`${trustSurveyUrl(props)}/poster.pdf`}
                  target="_blank"
                >
                  {t('trustSurvey.poster')}
                </Button>
              )}
            </Group>
            <ApiErrorAlert error={createLink.error} />
            {!data.open && data.closedReason && (
              <Text size="sm" c="dimmed">
                {t('trustSurvey.closed', { reason: data.closedReason[language] })}
              </Text>
            )}
            <Stack gap={4}>
              <Group justify="space-between">
                <Text size="sm" fw={500} id={`${headingId}-progress`}>
                  {t('trustSurvey.progressLabel')}
                </Text>
                <Text size="sm" fw={600}>
                  {progress}
                </Text>
              </Group>
              <LabelledProgress value={percent} labelledBy={`${headingId}-progress`} valueText={progress} />
            </Stack>
            <Group justify="space-between">
              <Text size="sm" fw={500}>
                {t('trustSurvey.scoreLabel')}
              </Text>
              <Text size="sm" fw={600}>
                {data.score.score0to100 === null
                  ? t('trustSurvey.noScore')
                  : t('trustSurvey.score', { score: format.score(data.score.score0to100) })}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t('trustSurvey.scoreHelp')}
            </Text>
            <TrustResponsesList
              year={props.year}
              entityCode={props.entityCode}
              headingId={`${headingId}-responses`}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
