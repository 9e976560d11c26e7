import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PublicResult } from '../../../contracts/public-results.contract';
import { useFormatters } from '../../lib/use-formatters';
import { useNarrowScreen } from '../../lib/use-narrow-screen';
import { DemoValueBadge } from './demo-value-badge';
import { Movement } from './movement';
import { RankingsCards } from './rankings-cards';
import { ResultFlagBadges } from './result-flag-badges';

interface RankingsTableProps {
  results: readonly PublicResult[];
  /** Per province: kabupaten and kota together; otherwise nationally within the entity kind. */
  scope: 'province' | 'national';
  /** False on the Opini editions: the list shows each opinion (with its suffix) in its level's colour. */
  hasZones?: boolean;
}

/** A leaderboard with movement since the year before; names link to each government's page. */
export function RankingsTable({ results, scope, hasZones = true }: RankingsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormatters();
  const narrow = useNarrowScreen();
  const rows = results
    .map((result) => ({
      result,
      rank: scope === 'province' ? result.rankProvince : result.rankNational,
      of: scope === 'province' ? result.rankProvinceOf : result.rankNationalOf,
      previous: scope === 'province' ? result.previousRankProvince : result.previousRankNational,
      notComparable:
        scope === 'province' ? result.rankProvinceNotComparable : result.rankNationalNotComparable,
    }))
    .filter((row) => row.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.result.entityName.localeCompare(b.result.entityName));
  if (rows.length === 0) return <Text c="dimmed">{t('portal.rankings.empty')}</Text>;
  if (narrow) return <RankingsCards rows={rows} scope={scope} hasZones={hasZones} />;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped highlightOnHover fz="sm" data-testid="rankings-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('portal.rankings.rank')}</Table.Th>
            <Table.Th>{t('portal.rankings.entity')}</Table.Th>
            <Table.Th ta="right">{t('portal.rankings.score')}</Table.Th>
            <Table.Th>{t(hasZones ? 'portal.rankings.category' : 'portal.rankings.opinion')}</Table.Th>
            <Table.Th>{t('portal.rankings.movement')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ result, rank, of, previous, notComparable }) => (
            <Table.Tr key={result.entityCode} data-code={result.entityCode}>
              <Table.Td>
                {rank}
                <Text span size="xs" c="dimmed">
                  {' '}
                  / {of}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/hasil/entitas/$code/riwayat" params={{ code: result.entityCode }} />
                  )}
                >
                  {result.entityName}
                </Anchor>
                {result.isDemoValue && <DemoValueBadge note={result.note} />}
                <ResultFlagBadges flags={result.flags} note={result.note} />
                {scope === 'national' && result.provinceName && (
                  <Text size="xs" c="dimmed">
                    {result.provinceName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{format.score(result.score)}</Table.Td>
              <Table.Td>
                {hasZones ? (
                  <Badge color={result.categoryColour} title={result.opinionLabel[language]}>
                    {result.category}
                  </Badge>
                ) : (
                  <Badge
                    color={result.zoneColour}
                    tt="none"
                    h="auto"
                    style={{ whiteSpace: 'normal' }}
                    data-testid="ranking-opinion"
                  >
                    {result.opinionLabel[language]}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Movement
                  rank={rank}
                  previous={previous}
                  notComparable={notComparable}
                  previousScore={result.previousScore}
                  score={result.score}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
