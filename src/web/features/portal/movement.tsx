import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/use-formatters';

interface MovementProps {
  rank: number | null;
  previous: number | null;
  /** Set when the year before ranked another population: no rank change is shown, the reason is. */
  notComparable?: { id: string; en: string } | null;
  /** The score of the year before: shown as a change when ranks are not compared. */
  previousScore?: number | null;
  score?: number;
}

/**
 * ▲ 2 (up two places), ▼ 1, = (same), or "new" when not ranked the year before. Between different
 * populations (another number ranked, kind or province) no rank change is shown: the score change and
 * the reason are.
 */
export function Movement({ rank, previous, notComparable, previousScore, score }: MovementProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  if (rank === null) return null;
  if (notComparable) {
    const language = i18n.language === 'en' ? 'en' : 'id';
    const delta = previousScore != null && score !== undefined ? score - previousScore : null;
    return (
      <Text span size="xs" c="dimmed" data-testid="rank-not-comparable">
        {delta === null
          ? ''
          : `${t('portal.rankings.scoreChange', { change: format.scoreChange(delta) })} · `}
        {notComparable[language]}
      </Text>
    );
  }
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
