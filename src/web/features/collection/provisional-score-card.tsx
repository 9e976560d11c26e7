import { Badge, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProvisionalScore, RespondentDto } from '../../../contracts/collection.contract';
import { useFormatters } from '../../lib/use-formatters';
import { MissingEvidenceCost } from './missing-evidence-cost';

/** The unit's score if collection ended now: for the assessment team only, never published. */
export function ProvisionalScoreCard({
  score,
  respondents,
  computedOnDevice = false,
}: {
  score: ProvisionalScore | null;
  respondents: readonly RespondentDto[];
  /** Computed on this phone from the prepared copy and the outbox (offline, or changes not yet sent). */
  computedOnDevice?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormatters().score;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="provisional-score">
      <Stack gap="xs">
        <Title order={2} size="h4" id="provisional-score">
          {t('collection.score.title')}
        </Title>
        {score === null ? (
          <Text c="dimmed">{t('collection.score.unavailable')}</Text>
        ) : (
          <>
            <Group gap="sm" align="baseline">
              <Text fz={32} fw={700} data-testid="provisional-score-value">
                {format(score.roundedScore)}
              </Text>
              <Badge color={score.colour} variant="filled" autoContrast>
                {score.category} · {score.zoneLabel[language]}
              </Badge>
            </Group>
            <Text size="sm">{score.label[language]}</Text>
            {computedOnDevice && (
              <Text size="xs" c="dimmed" data-testid="provisional-score-on-device">
                {t('offline.score.onDevice')}
              </Text>
            )}
            <MissingEvidenceCost cost={score.missingEvidence} respondents={respondents} />
            <Text size="xs" c="dimmed">
              {t('collection.score.progress', {
                answered: score.answeredCount,
                expected: score.expectedCount,
              })}
            </Text>
            <Stack gap={4}>
              {score.dimensions.map((dimension) => (
                <div key={dimension.code}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="xs">{dimension.text[language]}</Text>
                    <Text size="xs" fw={600}>
                      {dimension.score === null ? '—' : format(dimension.score)}
                    </Text>
                  </Group>
                  <Progress value={dimension.score ?? 0} size="sm" aria-label={dimension.text[language]} />
                </div>
              ))}
            </Stack>
            <Text size="xs" c="dimmed">
              {t('collection.score.hint')}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}
