import {
  Alert,
  Anchor,
  Badge,
  Card,
  ColorSwatch,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { useHydrated } from '../../lib/use-hydrated';
import { usePageTitle } from '../../lib/use-page-title';
import { EntityDocumentLinks } from '../documents/entity-document-links';
import { DemoValueBadge } from './demo-value-badge';
import { LazyEChart } from './lazy-echart';
import { Movement } from './movement';
import { usePublicEntity } from './portal-api';
import { PortalFooter } from './portal-footer';
import { ResultFlagBadges } from './result-flag-badges';

const routeApi = getRouteApi('/hasil/entitas/$code/riwayat');

/** One government's published results: latest score, category, zone and label; trend and rank history. */
export function EntityResultsPage() {
  const { t, i18n } = useTranslation();
  const { code } = routeApi.useParams();
  const entity = usePublicEntity(code);
  // The HTML was rendered without the answer: while React takes it over, the page is drawn as it was (the
  // loader) even when the answer came with the HTML, and with the answer right after.
  const hydrated = useHydrated();
  const data = hydrated ? entity.data : undefined;
  usePageTitle(data?.name, t('portal.title'));
  const language = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormatters();
  const history = data?.history ?? [];
  const latest = history.at(-1);
  const trend = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => format.score(value) },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: history.map((entry) => String(entry.year)) },
      yAxis: {
        type: 'value',
        min: (value: { min: number }) => Math.max(0, Math.floor(value.min - 5)),
        max: 100,
      },
      series: [
        {
          type: 'line',
          name: t('portal.entity.score'),
          data: history.map((entry) => ({ value: entry.score, itemStyle: { color: entry.zoneColour } })),
          symbolSize: 10,
          label: {
            show: true,
            position: 'top',
            formatter: (point: { value: number }) => format.score(point.value),
          },
        },
      ],
    }),
    [history, t, format],
  );
  const provinceRanks = history.filter((entry) => entry.rankProvince !== null);

  return (
    <Stack gap="lg" py="md">
      <Anchor component={Link} to="/hasil" size="sm">
        ← {t('portal.entity.back')}
      </Anchor>
      <ApiErrorAlert error={entity.error} />
      {(entity.isPending || !hydrated) && <Loader size="sm" aria-label={t('common.loading')} />}
      {data && (
        <>
          <div>
            <Title order={1}>{data.name}</Title>
            <Text c="dimmed">
              {t(`portal.kinds.${data.kind}`)}
              {data.provinceName ? ` · ${data.provinceName}` : ''}
            </Text>
          </div>
          {!latest && <Alert color="gray">{t('portal.entity.noResults')}</Alert>}
          {latest && (
            // One card a row on a phone, four only from md: in a narrower card the opinion label's longest word
            // ("Maladministrasi", "Maladministration") is wider than the card and would break mid-word.
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" data-testid="entity-latest">
              <Card withBorder padding="md">
                <Text size="xs" c="dimmed">
                  {t('portal.entity.scoreIn', { year: latest.year })}
                </Text>
                <Text fz={32} fw={700} data-testid="entity-score">
                  {format.score(latest.score)}
                </Text>
                {latest.isDemoValue && <DemoValueBadge note={latest.note} />}
              </Card>
              <Card withBorder padding="md">
                <Text size="xs" c="dimmed">
                  {t('portal.entity.category')}
                </Text>
                <Badge size="xl" color={latest.categoryColour}>
                  {latest.category}
                </Badge>
                <Text size="sm" mt={4}>
                  {latest.opinionLabel[language]}
                </Text>
              </Card>
              <Card withBorder padding="md">
                <Text size="xs" c="dimmed">
                  {t(latest.hasZones ? 'portal.entity.zone' : 'portal.entity.opinion')}
                </Text>
                <Group gap={6} wrap="nowrap" mt={4}>
                  <ColorSwatch color={latest.zoneColour} size={18} style={{ flexShrink: 0 }} />
                  {/* An opinion label is long: it wraps between its words; inside a word only as a last resort. */}
                  <Text
                    fw={600}
                    data-testid="entity-zone-or-opinion"
                    style={{ minWidth: 0, overflowWrap: 'break-word' }}
                  >
                    {latest.hasZones
                      ? t(`portal.zones.${latest.zone}`, { defaultValue: latest.zone })
                      : latest.opinionLabel[language]}
                  </Text>
                </Group>
              </Card>
              <Card withBorder padding="md">
                <Text size="xs" c="dimmed">
                  {t('portal.entity.ranks')}
                </Text>
                {latest.rankProvince !== null && (
                  <Text size="sm">
                    {t('portal.entity.rankProvince', {
                      rank: latest.rankProvince,
                      of: latest.rankProvinceOf,
                    })}
                  </Text>
                )}
                <Text size="sm" data-testid="entity-rank-national">
                  {t(
                    // A sampled year ranks among the assessed: say how many of the kind were (issue #16).
                    latest.rankNationalOf < data.kindInDirectory
                      ? 'portal.entity.rankNationalSampled'
                      : 'portal.entity.rankNational',
                    {
                      rank: latest.rankNational,
                      of: latest.rankNationalOf,
                      total: data.kindInDirectory,
                      kind: t(`portal.kinds.${data.kind}`),
                    },
                  )}
                </Text>
              </Card>
            </SimpleGrid>
          )}
          {latest && <EntityDocumentLinks code={code} year={latest.year} />}
          {provinceRanks.length > 1 && (
            <Text data-testid="rank-history" fw={500}>
              {t('portal.entity.rankHistory')}:{' '}
              {provinceRanks
                .map((entry) =>
                  t('portal.entity.rankInYear', {
                    rank: entry.rankProvince,
                    of: entry.rankProvinceOf,
                    year: entry.year,
                  }),
                )
                .join(' → ')}
            </Text>
          )}
          {history.length > 0 && (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Card withBorder padding="md">
                <Title order={2} size="h5" mb="xs">
                  {t('portal.entity.trend')}
                </Title>
                <LazyEChart
                  kind="line"
                  option={trend}
                  height={240}
                  label={t('portal.entity.trend')}
                  testId="trend-chart"
                />
              </Card>
              <Card withBorder padding="md">
                <Title order={2} size="h5" mb="xs">
                  {t('portal.entity.history')}
                </Title>
                <Table.ScrollContainer minWidth={340}>
                  <Table fz="sm" striped data-testid="entity-history">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('portal.year')}</Table.Th>
                        <Table.Th ta="right">{t('portal.rankings.score')}</Table.Th>
                        <Table.Th>{t('portal.rankings.category')}</Table.Th>
                        <Table.Th>{t('portal.entity.rankProvinceShort')}</Table.Th>
                        <Table.Th>{t('portal.entity.rankNationalShort')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {[...history].reverse().map((entry) => (
                        <Table.Tr key={entry.year}>
                          <Table.Td>{entry.year}</Table.Td>
                          <Table.Td ta="right">
                            {format.score(entry.score)}
                            {entry.isDemoValue && <DemoValueBadge note={entry.note} />}
                            <ResultFlagBadges flags={entry.flags} note={entry.note} />
                          </Table.Td>
                          <Table.Td>
                            <Badge color={entry.categoryColour}>{entry.category}</Badge>
                          </Table.Td>
                          <Table.Td>
                            {entry.rankProvince === null
                              ? '—'
                              : `${entry.rankProvince} / ${entry.rankProvinceOf}`}{' '}
                            <Movement
                              rank={entry.rankProvince}
                              previous={entry.previousRankProvince}
                              notComparable={entry.rankProvinceNotComparable}
                              previousScore={entry.previousScore}
                              score={entry.score}
                            />
                          </Table.Td>
                          <Table.Td>
                            {entry.rankNational} / {entry.rankNationalOf}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Card>
            </SimpleGrid>
          )}
        </>
      )}
      <PortalFooter />
    </Stack>
  );
}
