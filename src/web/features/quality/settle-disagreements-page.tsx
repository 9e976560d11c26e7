import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  settleDisagreementResultSchema,
  type UnitDisagreements,
  unitDisagreementsSchema,
} from '../../../contracts/quality.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { getJson, sendJson } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';

const routeApi = getRouteApi('/_signedIn/siklus/$year/lokus/$code/unit/$unitId/perbedaan');
type Item = UnitDisagreements['items'][number];

/** The verifier settles each disagreement between the first and the blind second scoring of a sampled unit. */
export function SettleDisagreementsPage() {
  const { t, i18n } = useTranslation();
  const params = routeApi.useParams();
  const base = `/api/cycles/${params.year}/loci/${params.code}/units/${params.unitId}/second-scoring`;
  const key = ['disagreements', params.year, params.code, params.unitId];
  const list = useQuery({
    queryKey: key,
    queryFn: () => getJson(`${base}/disagreements`, unitDisagreementsSchema),
  });
  usePageTitle(list.data ? t('secondScoring.settleTitle', { unit: list.data.unitName }) : undefined);
  const language = i18n.language === 'en' ? 'en' : 'id';
  if (list.isPending) return <Loader size="sm" />;
  if (list.error) return <ApiErrorAlert error={list.error} />;
  return (
    <Stack gap="md" py="md" maw={860}>
      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/" />}>
        {t('secondScoring.back')}
      </Anchor>
      <Title order={1}>{t('secondScoring.settleTitle', { unit: list.data.unitName })}</Title>
      <Text size="sm" c="dimmed">
        {t('secondScoring.settleIntro')}
      </Text>
      {list.data.items.length === 0 && <Text>{t('secondScoring.none')}</Text>}
      {list.data.items.map((item) => (
        <DisagreementCard
          key={`${item.respondentId ?? 'unit'}/${item.indicatorCode}`}
          url={`${base}/settlements`}
          item={item}
          language={language}
          queryKey={key}
        />
      ))}
    </Stack>
  );
}

function DisagreementCard({
  url,
  item,
  language,
  queryKey,
}: {
  url: string;
  item: Item;
  language: 'id' | 'en';
  queryKey: readonly unknown[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // No level is preselected: a default (say the second assessor's) would settle the question without a choice.
  const [level, setLevel] = useState<string | null>(null);
  const [levelMissing, setLevelMissing] = useState(false);
  const [note, setNote] = useState('');
  const labelOf = (value: number) => {
    const found = item.levels.find((option) => option.value === value);
    return found ? `${value} · ${found.label[language]}` : String(value);
  };
  const settle = useMutation({
    mutationFn: () =>
      sendJson('POST', url, settleDisagreementResultSchema, {
        respondentId: item.respondentId,
        indicatorCode: item.indicatorCode,
        level: Number(level),
        note,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey });
      void queryClient.invalidateQueries({ queryKey: ['work-queue'] });
    },
  });
  return (
    <Card withBorder radius="md" component="section" data-testid="disagreement">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {item.indicatorCode}
          </Badge>
          <Text size="sm">{item.text[language]}</Text>
        </Group>
        <Text size="sm" c="dimmed">
          {item.respondentName ?? t('secondScoring.unitChecklist')}
        </Text>
        <Text size="sm">{t('secondScoring.firstLevel', { level: labelOf(item.firstLevel) })}</Text>
        <Text size="sm">{t('secondScoring.secondLevel', { level: labelOf(item.secondLevel) })}</Text>
        {item.settlement ? (
          <Text size="sm" fw={600}>
            {t('secondScoring.settledLevel', {
              level: labelOf(item.settlement.level),
              note: item.settlement.note,
            })}
          </Text>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (level === null) setLevelMissing(true);
              else settle.mutate();
            }}
          >
            <Stack gap="xs">
              <Select
                label={t('secondScoring.chooseLevel')}
                data={item.levels.map((option) => ({
                  value: String(option.value),
                  label: labelOf(option.value),
                }))}
                value={level}
                onChange={(value) => {
                  setLevel(value);
                  setLevelMissing(false);
                }}
                allowDeselect={false}
                withAsterisk
                error={levelMissing ? t('secondScoring.chooseLevelFirst') : undefined}
              />
              <Textarea
                label={t('secondScoring.note')}
                value={note}
                minLength={3}
                maxLength={1000}
                required
                onChange={(event) => setNote(event.currentTarget.value)}
              />
              <ApiErrorAlert error={settle.error} />
              <Button type="submit" size="md" loading={settle.isPending} style={{ alignSelf: 'flex-start' }}>
                {t('secondScoring.settle')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
