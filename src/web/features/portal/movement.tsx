import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** ▲ 2 (up two places), ▼ 1, = (same), or "new" when not ranked the year before. */
export function Movement({ rank, previous }: { rank: number | null; previous: number | null }) {
  const { t } = useTranslation();
  if (rank === null) return null;
  if (previous === null)
    return (
      <Text span size="sm" c="dimmed">
        {t('portal.rankings.new')}
      </Text>
    );
  const change = previous - rank;
  if (change === 0)
    return (
      <Text span size="sm" c="dimmed" aria-label={t('portal.rankings.same')}>
        =
      </Text>
    );
  return (
    <Text
      span
      size="sm"
      c={change > 0 ? 'green.8' : 'red.8'}
      aria-label={t(change > 0 ? 'portal.rankings.up' : 'portal.rankings.down', { count: Math.abs(change) })}
    >
      {change > 0 ? '▲' : '▼'} {Math.abs(change)}
    </Text>
  );
}
