import { Card, Group, Loader, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type SurveyProofSettingDto,
  surveyProofSettingSchema,
} from '../../../contracts/survey-proof.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { getJson } from '../../lib/api-client';
import { putJson } from '../cycles/planning-requests';

/**
 * The cycle's proof-of-service rule for the service-user survey (admin): whether the page asks for a receipt
 * number, and whether answers without proof count. A per-cycle setting until editions declare it.
 */
export function SurveyProofCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const url = `/api/cycles/${year}/survey-proof`;
  const setting = useQuery({
    queryKey: ['survey-proof', year],
    queryFn: () => getJson(url, surveyProofSettingSchema),
  });
  const save = useMutation({
    mutationFn: (body: SurveyProofSettingDto) => putJson(url, surveyProofSettingSchema, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['survey-proof', year], saved);
      void queryClient.invalidateQueries({ queryKey: ['survey'] });
      void queryClient.invalidateQueries({ queryKey: ['survey-responses'] });
    },
  });
  const data = setting.data;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="survey-proof">
      <Stack gap="sm">
        <Title order={2} size="h4" id="survey-proof">
          {t('survey.proofSetting.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('survey.proofSetting.intro')}
        </Text>
        {setting.isPending && <Loader size="sm" />}
        <ApiErrorAlert error={setting.error ?? save.error} />
        {data && (
          <Group gap="lg" wrap="wrap">
            <Switch
              label={t('survey.proofSetting.required')}
              checked={data.proofRequired}
              disabled={save.isPending}
              onChange={(event) => save.mutate({ ...data, proofRequired: event.currentTarget.checked })}
            />
            <SegmentedControl
              aria-label={t('survey.proofSetting.rule')}
              value={data.noProofRule}
              disabled={save.isPending || !data.proofRequired}
              onChange={(value) =>
                save.mutate({ ...data, noProofRule: value === 'exclude' ? 'exclude' : 'count' })
              }
              data={[
                { value: 'count', label: t('survey.proofSetting.count') },
                { value: 'exclude', label: t('survey.proofSetting.exclude') },
              ]}
            />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
