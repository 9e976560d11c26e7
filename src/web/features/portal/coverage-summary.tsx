import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicCoverage } from '../../../contracts/public-results.contract';

/**
 * "N of M assessed" per entity kind: a cycle may assess a sample (310 of ~586 governments in 2025), so a
 * rank is among the assessed of its kind, never among all of them.
 */
export function CoverageSummary({
  coverage,
  compact = false,
}: {
  coverage: readonly PublicCoverage[];
  /** One line under a ranking, without the heading and note. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (coverage.length === 0) return null;
  const lines = coverage.map((entry) => (
    <Text size="sm" key={entry.kind} data-kind={entry.kind}>
      {t('portal.coverage', {
        kind: t(`portal.kinds.${entry.kind}`),
        assessed: entry.assessed,
        total: entry.inDirectory,
      })}
    </Text>
  ));
  if (compact)
    return (
      <Group gap="md" mb="xs" data-testid="ranking-coverage">
        {lines}
      </Group>
    );
  return (
    <div data-testid="coverage">
      <Group gap="lg" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('portal.coverageTitle')}
        </Text>
        {lines}
      </Group>
      <Text size="xs" c="dimmed">
        {t('portal.coverageNote')}
      </Text>
    </div>
  );
}
