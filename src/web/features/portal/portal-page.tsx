import { Alert, Card, Group, Loader, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { isApiError } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useProvinceOptions } from '../regions/use-provinces';
import { CoverageSummary } from './coverage-summary';
import { CycleFacts } from './cycle-facts';
import { OpenDataLinks } from './open-data-links';
import { usePublicCycles, usePublicResults } from './portal-api';
import { PortalFooter } from './portal-footer';
import type { PortalSearch } from './portal-search';
import { RankingsTable } from './rankings-table';
import { ResultsMap } from './results-map';
import { ResultsOverview } from './results-overview';

const routeApi = getRouteApi('/hasil');
const rankedKinds = ['pemkab', 'pemkot', 'pemprov', 'kementerian', 'lembaga'] as const;

/** The public portal: a year's overview, the map, the leaderboards and the open data, without signing in. */
export function PortalPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.title'));
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const cycles = usePublicCycles();
  const year = search.tahun ?? cycles.data?.items[0]?.year;
  const results = usePublicResults({ year, province: search.provinsi }, year !== undefined);
  const provinceOptions = useProvinceOptions();
  const change = (patch: Partial<PortalSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  const kind = search.jenis ?? 'pemkab';
  const items = results.data?.items ?? [];
  const provinceName = provinceOptions.find((option) => option.value === search.provinsi)?.label;
  const isUnpublishedYear = isApiError(results.error, 'NOT_FOUND');

  return (
    <Stack gap="lg" py="md">
      <div>
        <Title order={1}>{t('portal.title')}</Title>
        <Text maw={760} data-testid="portal-intro">
          {t(
            results.data === undefined
              ? 'portal.intro'
              : results.data.cycle.hasZones
                ? 'portal.introZones'
                : 'portal.introOpinions',
          )}
        </Text>
      </div>
      <ApiErrorAlert error={cycles.error} />
      {cycles.data && cycles.data.items.length === 0 && <Alert color="gray">{t('portal.noResults')}</Alert>}
      {cycles.data && cycles.data.items.length > 0 && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('portal.year')}
            data={cycles.data.items.map((cycle) => String(cycle.year))}
            value={year === undefined ? null : String(year)}
            onChange={(value) => change({ tahun: value ? Number(value) : undefined })}
            allowDeselect={false}
            w={110}
          />
          <Select
            label={t('portal.province')}
            placeholder={t('portal.allProvinces')}
            data={provinceOptions}
            value={search.provinsi ?? null}
            onChange={(value) => change({ provinsi: value ?? undefined })}
            clearable
            searchable
            w={260}
          />
        </Group>
      )}
      {isUnpublishedYear && <Alert color="gray">{t('portal.yearNotPublished', { year })}</Alert>}
      {results.error && !isUnpublishedYear && <ApiErrorAlert error={results.error} />}
      {results.isLoading && <Loader size="sm" aria-label={t('common.loading')} />}
      {results.data && (
        <>
          <CycleFacts cycle={results.data.cycle} />
          <CoverageSummary coverage={results.data.coverage} />
          <ResultsOverview results={items} hasZones={results.data.cycle.hasZones} />
          <Card withBorder padding="md" component="section" aria-labelledby="portal-map">
            <Group justify="space-between" mb="xs" wrap="wrap">
              <Title order={2} size="h4" id="portal-map">
                {t('portal.map.title', { year: results.data.cycle.year })}
              </Title>
              <Group gap="xs" wrap="wrap">
                <SegmentedControl
                  size="xs"
                  aria-label={t('portal.map.level')}
                  value={search.peta ?? 'kabkota'}
                  onChange={(value) => change({ peta: value === 'provinsi' ? 'provinsi' : undefined })}
                  data={[
                    { value: 'kabkota', label: t('portal.map.regencies') },
                    { value: 'provinsi', label: t('portal.map.provinces') },
                  ]}
                />
                <SegmentedControl
                  size="xs"
                  aria-label={t('portal.map.colourBy')}
                  value={search.warna ?? 'zona'}
                  onChange={(value) => change({ warna: value === 'kategori' ? 'kategori' : undefined })}
                  data={[
                    {
                      value: 'zona',
                      label: t(results.data.cycle.hasZones ? 'portal.map.byZone' : 'portal.map.byOpinion'),
                    },
                    { value: 'kategori', label: t('portal.map.byCategory') },
                  ]}
                />
              </Group>
            </Group>
            <ResultsMap
              level={search.peta === 'provinsi' ? 'provinces' : 'regencies'}
              results={items}
              colourBy={search.warna ?? 'zona'}
              provinceCode={search.provinsi}
              hasZones={results.data.cycle.hasZones}
            />
          </Card>
          <Card withBorder padding="md" component="section" aria-labelledby="portal-rankings">
            <Group justify="space-between" mb="xs" wrap="wrap">
              <Title order={2} size="h4" id="portal-rankings">
                {search.provinsi
                  ? t('portal.rankings.provinceTitle', { province: provinceName ?? search.provinsi })
                  : t('portal.rankings.nationalTitle', { kind: t(`portal.kinds.${kind}`) })}
              </Title>
              {!search.provinsi && (
                <Select
                  size="xs"
                  label={t('portal.kind')}
                  data={rankedKinds.map((value) => ({ value, label: t(`portal.kinds.${value}`) }))}
                  value={kind}
                  onChange={(value) =>
                    change({ jenis: rankedKinds.find((candidate) => candidate === value) })
                  }
                  allowDeselect={false}
                  w={180}
                />
              )}
            </Group>
            {!search.provinsi && (
              <CoverageSummary
                coverage={results.data.coverage.filter((entry) => entry.kind === kind)}
                compact
              />
            )}
            <RankingsTable
              hasZones={results.data.cycle.hasZones}
              scope={search.provinsi ? 'province' : 'national'}
              results={search.provinsi ? items : items.filter((item) => item.kind === kind)}
            />
          </Card>
          <OpenDataLinks filter={{ year: results.data.cycle.year, province: search.provinsi }} />
        </>
      )}
      <PortalFooter />
    </Stack>
  );
}
