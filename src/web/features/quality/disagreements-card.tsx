import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useWorkQueue } from '../queues/work-queue-api';

/** A verifier's home card: sampled units whose blind second scoring waits for a settlement. Hidden when none. */
export function DisagreementsCard() {
  const { t } = useTranslation();
  const queue = useWorkQueue();
  const units = queue.data?.disagreements ?? [];
  if (units.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="home-disagreements">
      <Stack gap="xs">
        <Title order={2} size="h4" id="home-disagreements">
          {t('secondScoring.disagreementsTitle')} ({units.length})
        </Title>
        <Text size="sm" c="dimmed">
          {t('secondScoring.disagreementsIntro')}
        </Text>
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {units.map((unit) => (
            <Stack key={`${unit.year}/${unit.unitId}`} component="li" gap={0} mih={44} justify="center">
              <Anchor
                data-testid="disagreement-unit"
                renderRoot={(props) => (
                  <Link
                    {...props}
                    to="/siklus/$year/lokus/$code/unit/$unitId/perbedaan"
                    params={{ year: String(unit.year), code: unit.entityCode, unitId: unit.unitId }}
                  />
                )}
              >
                {unit.unitName} · {unit.entityName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {unit.year} · {t('secondScoring.disagreementCount', { count: unit.count })}
              </Text>
            </Stack>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
