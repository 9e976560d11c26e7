import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PublicResult } from '../../../contracts/public-results.contract';
import { useFormatters } from '../../lib/use-formatters';
import { DemoValueBadge } from './demo-value-badge';
import { Movement } from './movement';
import { ResultFlagBadges } from './result-flag-badges';

export interface RankingRow {
  result: PublicResult;
  rank: number | null;
  of: number | null;
  previous: number | null;
  notComparable: PublicResult['rankProvinceNotComparable'];
}

/**
 * The leaderboard on a phone: one card per government with its rank, score and category on the first lines,
 * so nothing people look for sits off-screen to the right as in the five-column table.
 */
export function RankingsCards({
  rows,
  scope,
  hasZones,
}: {
  rows: readonly RankingRow[];
  scope: 'province' | 'national';
  hasZones: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormatters();
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="rankings-table">
      {rows.map(({ result, rank, of, previous, notComparable }) => (
        <Card key={result.entityCode} component="li" withBorder padding="xs" data-code={result.entityCode}>
          <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed">
                {t('portal.rankings.rank')} {rank} / {of}
              </Text>
              <Anchor
                fw={600}
                style={{ overflowWrap: 'anywhere' }}
                renderRoot={(props) => (
                  <Link {...props} to="/hasil/entitas/$code/riwayat" params={{ code: result.entityCode }} />
                )}
              >
                {result.entityName}
              </Anchor>
              {scope === 'national' && result.provinceName && (
                <Text size="xs" c="dimmed">
                  {result.provinceName}
                </Text>
              )}
            </Stack>
            <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
              <Text fw={700} aria-label={t('portal.rankings.score')}>
                {format.score(result.score)}
              </Text>
              {hasZones && (
                <Badge color={result.categoryColour} title={result.opinionLabel[language]}>
                  {result.category}
                </Badge>
              )}
            </Stack>
          </Group>
          {!hasZones && (
            <Badge
              color={result.zoneColour}
              tt="none"
              h="auto"
              mt={4}
              maw="100%"
              py={2}
              // An opinion label is long: it wraps inside the card instead of ending in "…".
              styles={{ label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' } }}
              data-testid="ranking-opinion"
            >
              {result.opinionLabel[language]}
            </Badge>
          )}
          <Group gap={4} mt={4} wrap="wrap">
            {result.isDemoValue && <DemoValueBadge note={result.note} />}
            <ResultFlagBadges flags={result.flags} note={result.note} />
            <Movement
              rank={rank}
              previous={previous}
              notComparable={notComparable}
              previousScore={result.previousScore}
              score={result.score}
            />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
