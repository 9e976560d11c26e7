import {
  ActionIcon,
  Button,
  Card,
  CopyButton,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isActionOpenToRole } from '../../../core/access/can';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LabelledProgress } from '../../components/labelled-progress';
import { useCurrentUser } from '../auth/use-current-user';
import { unitSurveyUrl, useCreateSurveyLink, useUnitSurvey } from './survey-api';
import { SurveyResponsesPanel } from './survey-responses-panel';

export interface SurveyCardProps {
  year: number;
  entityCode: string;
  unitId: string;
}

/** A unit's service-user survey for its field team: the public link, its QR poster and the live quota. */
export function SurveyCard(props: SurveyCardProps) {
  const { t } = useTranslation();
  const survey = useUnitSurvey(props);
  const createLink = useCreateSurveyLink(props);
  const { data: user } = useCurrentUser();
  const canWrite = user ? isActionOpenToRole(user.role, 'collection.write') : false;
  const headingId = `survey-${props.unitId}`;
  const data = survey.data;
  const percent = data && data.target > 0 ? Math.min(100, (data.responses / data.target) * 100) : 0;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('survey.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('survey.intro')}
        </Text>
        {survey.isPending && <Loader size="sm" />}
        <ApiErrorAlert error={survey.error} />
        {data && (
          <>
            {data.url ? (
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('survey.linkLabel')}
                  value={data.url}
                  readOnly
                  style={{ flex: 1 }}
                  onFocus={(event) => event.currentTarget.select()}
                />
                <CopyButton value={data.url}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t('survey.copied') : t('survey.copy')}>
                      <ActionIcon
                        size="lg"
                        variant="light"
                        color={copied ? 'teal' : 'blue'}
                        onClick={copy}
                        aria-label={t('survey.copy')}
                      >
                        {copied ? '✓' : '⧉'}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            ) : (
              <Text size="sm">{t('survey.noLink')}</Text>
            )}
            <Group gap="sm">
              {!data.url && canWrite && (
                <Button onClick={() => createLink.mutate()} loading={createLink.isPending}>
                  {t('survey.createLink')}
                </Button>
              )}
              {data.url && (
                <Button
                  component="a"
                  variant="light"
                  href={`${unitSurveyUrl(props)}/poster.pdf`}
                  target="_blank"
                >
                  {t('survey.poster')}
                </Button>
              )}
            </Group>
            <ApiErrorAlert error={createLink.error} />
            <Stack gap={4}>
              <Group justify="space-between">
                <Text size="sm" fw={500} id={`${headingId}-progress`}>
                  {t('survey.progressLabel')}
                </Text>
                <Text size="sm" fw={600}>
                  {t('survey.progress', { responses: data.responses, target: data.target })}
                </Text>
              </Group>
              <LabelledProgress
                value={percent}
                color={data.responses >= data.target ? 'teal' : 'blue'}
                labelledBy={`${headingId}-progress`}
                valueText={t('survey.progress', { responses: data.responses, target: data.target })}
              />
              <Text size="xs" c="dimmed">
                {data.responses >= data.target ? t('survey.quotaMet') : t('survey.refreshing')}
              </Text>
            </Stack>
            <SurveyResponsesPanel
              year={props.year}
              entityCode={props.entityCode}
              unitId={props.unitId}
              headingId={`${headingId}-responses`}
              counter={data.responses}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
