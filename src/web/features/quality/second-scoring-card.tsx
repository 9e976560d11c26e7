import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { secondScoringAssignmentsSchema } from '../../../contracts/quality.contract';
import { getJson } from '../../lib/api-client';

/** An assessor's home card: the units drawn for them to score a second time, blind. Hidden when none. */
export function SecondScoringCard() {
  const { t } = useTranslation();
  const assignments = useQuery({
    queryKey: ['second-scorings'],
    queryFn: () => getJson('/api/quality/second-scorings', secondScoringAssignmentsSchema),
  });
  const items = assignments.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="home-second-scoring">
      <Stack gap="xs">
        <Title order={2} size="h4" id="home-second-scoring">
          {t('secondScoring.cardTitle')} ({items.length})
        </Title>
        <Text size="sm" c="dimmed">
          {t('secondScoring.cardIntro')}
        </Text>
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <Stack key={`${item.year}/${item.unitId}`} component="li" gap={0} mih={44} justify="center">
              <Anchor
                renderRoot={(props) => (
                  <Link
                    {...props}
                    to="/mutu/penilaian-kedua/$year/$code/$unitId"
                    params={{ year: String(item.year), code: item.entityCode, unitId: item.unitId }}
                  />
                )}
              >
                {item.unitName} · {item.entityName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {item.year} · {t('secondScoring.answered', { answered: item.answered })}
              </Text>
            </Stack>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
