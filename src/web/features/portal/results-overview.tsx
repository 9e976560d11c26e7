import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicResult } from '../../../contracts/public-results.contract';
import type { Formatters } from '../../../core/format';
import { useFormatters } from '../../lib/use-formatters';
import { LazyEChart } from './lazy-echart';
import { colourGroupsOf, hasNoMaladministrationSuffix } from './opinion-colours';

const kindOrder = ['pemprov', 'pemkab', 'pemkot', 'kementerian', 'lembaga'];

interface Tally {
  kind: string;
  total: number;
  byZone: Map<string, number>;
  byCategory: Map<string, number>;
  /** Opini editions: how many carry "Tanpa Maladministrasi". */
  withSuffix: number;
}

/** Counts and shares per zone and per category for each entity kind, with a stacked chart of the zones. */
export function ResultsOverview({
  results,
  hasZones = true,
}: {
  results: readonly PublicResult[];
  /** False on Opini editions: the stand-in zones are the opinion labels, so no heading says "zone". */
  hasZones?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chartTitle = t(hasZones ? 'portal.overview.zonesChart' : 'portal.overview.opinionsChart');
  const { tallies, zones, categories, colours } = useMemo(() => tally(results), [results]);
  const option = useMemo(
    () => ({
      // The series hold percentage points (0–100); the labels write them the language's way ("26,5 %").
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => format.percent(value / 100) },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 8, bottom: 32, containLabel: true },
      xAxis: {
        type: 'value',
        max: 100,
        axisLabel: { formatter: (value: number) => format.percent(value / 100) },
      },
      yAxis: {
        type: 'category',
        data: tallies.map((item) => t(`portal.kinds.${item.kind}`, { defaultValue: item.kind })),
      },
      series: zones.map((zone) => ({
        type: 'bar',
        stack: 'zones',
        name: t(`portal.zones.${zone}`, { defaultValue: zone }),
        itemStyle: { color: colours.get(zone) },
        data: tallies.map((item) => share(item.byZone.get(zone) ?? 0, item.total)),
      })),
    }),
    [tallies, zones, colours, t, format],
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card withBorder padding="md">
        <Title order={2} size="h5" mb="xs">
          {chartTitle}
        </Title>
        <LazyEChart
          kind="bar"
          option={option}
          height={60 + tallies.length * 44}
          label={chartTitle}
          testId="zones-chart"
        />
      </Card>
      <Card withBorder padding="md">
        <Title order={2} size="h5" mb="xs">
          {t(hasZones ? 'portal.overview.table' : 'portal.overview.opinionsTable')}
        </Title>
        <Table.ScrollContainer minWidth={320}>
          <Table striped fz="sm" data-testid="overview-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('portal.overview.kind')}</Table.Th>
                <Table.Th>{t('portal.overview.total')}</Table.Th>
                {zones.map((zone) => (
                  <Table.Th key={zone}>{t(`portal.zones.${zone}`, { defaultValue: zone })}</Table.Th>
                ))}
                {categories.map((category) => (
                  <Table.Th key={category}>{category}</Table.Th>
                ))}
                {!hasZones && <Table.Th>{t('portal.overview.withSuffix')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tallies.map((item) => (
                <Table.Tr key={item.kind}>
                  <Table.Td>{t(`portal.kinds.${item.kind}`, { defaultValue: item.kind })}</Table.Td>
                  <Table.Td>{item.total}</Table.Td>
                  {zones.map((zone) => (
                    <Table.Td key={zone}>{cell(item.byZone.get(zone) ?? 0, item.total, format)}</Table.Td>
                  ))}
                  {categories.map((category) => (
                    <Table.Td key={category}>
                      {cell(item.byCategory.get(category) ?? 0, item.total, format)}
                    </Table.Td>
                  ))}
                  {!hasZones && <Table.Td>{cell(item.withSuffix, item.total, format)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed" mt="xs">
          {t('portal.overview.note')}
        </Text>
      </Card>
    </SimpleGrid>
  );
}

function tally(results: readonly PublicResult[]) {
  const byKind = new Map<string, Tally>();
  const zones: string[] = [];
  const categories: string[] = [];
  const colours = new Map<string, string>();
  for (const result of results) {
    const item = byKind.get(result.kind) ?? {
      kind: result.kind,
      total: 0,
      byZone: new Map(),
      byCategory: new Map(),
      withSuffix: 0,
    };
    item.total += 1;
    if (hasNoMaladministrationSuffix(result)) item.withSuffix += 1;
    item.byZone.set(result.zone, (item.byZone.get(result.zone) ?? 0) + 1);
    item.byCategory.set(result.category, (item.byCategory.get(result.category) ?? 0) + 1);
    byKind.set(result.kind, item);
    if (!zones.includes(result.zone)) zones.push(result.zone);
    if (!categories.includes(result.category)) categories.push(result.category);
    colours.set(result.zone, result.zoneColour);
  }
  const zoneOrder = colourGroupsOf(results, 'zone').map((group) => group.code);
  zones.sort((a, b) => zoneOrder.indexOf(a) - zoneOrder.indexOf(b));
  categories.sort();
  const tallies = [...byKind.values()].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  return { tallies, zones, categories, colours };
}

function share(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}

/** "12 (26,5 %)": the count and its share of the kind, one decimal. */
function cell(count: number, total: number, format: Formatters): string {
  return `${format.number(count)} (${format.percent(total === 0 ? 0 : count / total)})`;
}
