import { Anchor, Badge, Card, Group, Loader, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type SecondScoringForm, secondScoringFormSchema } from '../../../contracts/quality.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { getJson, sendJson } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';

const routeApi = getRouteApi('/_signedIn/mutu/penilaian-kedua/$year/$code/$unitId');
type Question = SecondScoringForm['sections'][number]['questions'][number];
/** Read by screen readers, not shown: the code badge above already names the question. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
} as const;
const keyOf = (respondentId: string | null, indicatorCode: string) =>
  `${respondentId ?? 'unit'}/${indicatorCode}`;

/**
 * The blind second scoring of a drawn unit (docs/evidence-integrity.md): every question with its scale, and
 * nothing of the first team's answers. Each choice is saved at once.
 */
export function SecondScoringPage() {
  const { t, i18n } = useTranslation();
  const params = routeApi.useParams();
  const base = `/api/cycles/${params.year}/loci/${params.code}/units/${params.unitId}/second-scoring`;
  const form = useQuery({
    queryKey: ['second-scoring', params.year, params.code, params.unitId],
    queryFn: () => getJson(base, secondScoringFormSchema),
  });
  usePageTitle(form.data ? t('secondScoring.pageTitle', { unit: form.data.unitName }) : undefined);
  const language = i18n.language === 'en' ? 'en' : 'id';
  if (form.isPending) return <Loader size="sm" />;
  if (form.error) return <ApiErrorAlert error={form.error} />;
  const saved = new Map(
    form.data.answers.map((answer) => [keyOf(answer.respondentId, answer.indicatorCode), answer.level]),
  );
  return (
    <Stack gap="md" py="md" maw={860}>
      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/" />}>
        {t('secondScoring.back')}
      </Anchor>
      <Title order={1}>{t('secondScoring.pageTitle', { unit: form.data.unitName })}</Title>
      <Text size="sm">
        {form.data.entityName} · {form.data.year}
      </Text>
      <Text size="sm" c="dimmed">
        {t('secondScoring.pageIntro')}
      </Text>
      {form.data.sections.map((section) => (
        <Card key={section.respondentId ?? 'unit'} withBorder radius="md" component="section">
          <Stack gap="md">
            <Title order={2} size="h4">
              {section.title[language]}
            </Title>
            {section.questions.map((question) => (
              <SecondLevelField
                key={question.indicatorCode}
                url={`${base}/answers`}
                respondentId={section.respondentId}
                question={question}
                initial={saved.get(keyOf(section.respondentId, question.indicatorCode)) ?? null}
                language={language}
              />
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function SecondLevelField({
  url,
  respondentId,
  question,
  initial,
  language,
}: {
  url: string;
  respondentId: string | null;
  question: Question;
  initial: number | null;
  language: 'id' | 'en';
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState<number | null>(initial);
  const save = useMutation({
    mutationFn: (value: number) =>
      sendJson('PUT', url, z.object({ saved: z.literal(true) }), {
        respondentId,
        indicatorCode: question.indicatorCode,
        level: value,
      }),
    // The home card counts the levels entered, and the cached form seeds the choices when the page is opened
    // again: without this both show the old levels for the stale time.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['second-scorings'] });
      void queryClient.invalidateQueries({ queryKey: ['second-scoring'] });
    },
  });
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge variant="light" style={{ flexShrink: 0 }}>
          {question.indicatorCode}
        </Badge>
        <Text size="sm">{question.text[language]}</Text>
      </Group>
      {/* A label, not aria-label: Mantine puts aria-label on the wrapper, leaving the radiogroup unnamed. */}
      <Radio.Group
        label={t('secondScoring.level', { code: question.indicatorCode })}
        labelProps={{ style: visuallyHidden }}
        value={level === null ? '' : String(level)}
        onChange={(value) => {
          setLevel(Number(value));
          save.mutate(Number(value));
        }}
      >
        <Stack gap={0}>
          {question.levels.map((option) => (
            <Radio
              key={option.value}
              value={String(option.value)}
              label={`${option.value} · ${option.label[language]}`}
              styles={{ root: { minHeight: 44, display: 'flex', alignItems: 'center' } }}
            />
          ))}
        </Stack>
      </Radio.Group>
      {save.isSuccess && (
        <Text size="xs" c="teal.9" role="status">
          {t('secondScoring.saved')}
        </Text>
      )}
      {save.error && <ApiErrorAlert error={save.error} />}
    </Stack>
  );
}
