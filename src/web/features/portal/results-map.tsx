import { Alert, Badge, Box, Group, Loader, Paper, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicResult } from '../../../contracts/public-results.contract';
import { useFormatters } from '../../lib/use-formatters';
import { boundsOf, loadMapShapes, type MapLevel, type MapShape } from './geo-shapes';
import { MapLegend } from './map-legend';

export const noDataColour = '#dee2e6';

interface ResultsMapProps {
  level: MapLevel;
  results: readonly PublicResult[];
  colourBy: 'zona' | 'kategori';
  /** Zooms to one province (its kabupaten/kota). */
  provinceCode?: string | undefined;
  /** False on the Opini editions: the colours are the four opinion levels, and the hover shows the opinion. */
  hasZones?: boolean;
}

/**
 * Choropleth of Indonesia: each province or kabupaten/kota filled by its published zone (2022–2024) or
 * opinion level (Opini editions), or by category; a legend says what each colour means.
 */
export function ResultsMap({ level, results, colourBy, provinceCode, hasZones = true }: ResultsMapProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const shapes = useQuery({
    queryKey: ['geo', level, provinceCode],
    queryFn: () => loadMapShapes(level, provinceCode),
    // Zooming in keeps drawing the coarse shapes of the province until its detailed file arrives.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === level ? previous : undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [hovered, setHovered] = useState<MapShape>();
  const byCode = useMemo(() => new Map(results.map((result) => [result.entityCode, result])), [results]);
  const visible = useMemo(
    () => (shapes.data ?? []).filter((shape) => !provinceCode || shape.provinceCode === provinceCode),
    [shapes.data, provinceCode],
  );
  const box = useMemo(() => boundsOf(visible), [visible]);
  const hoveredResult = hovered ? byCode.get(hovered.code) : undefined;
  const language = i18n.language === 'en' ? 'en' : 'id';

  if (shapes.error) return <Alert color="red">{t('portal.map.loadFailed')}</Alert>;
  if (!shapes.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  return (
    <Box pos="relative">
      <Paper withBorder p="xs" mb="xs" mih={54} aria-live="polite" data-testid="map-hover">
        {hovered ? (
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{hoveredResult?.entityName ?? hovered.name}</Text>
            {hoveredResult ? (
              <>
                <Text>{format.score(hoveredResult.score)}</Text>
                <Badge color={hoveredResult.categoryColour}>{hoveredResult.category}</Badge>
                {hasZones ? (
                  <>
                    <Badge color={hoveredResult.zoneColour} variant="dot">
                      {t(`portal.zones.${hoveredResult.zone}`, { defaultValue: hoveredResult.zone })}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {hoveredResult.opinionLabel[language]}
                    </Text>
                  </>
                ) : (
                  <Badge color={hoveredResult.zoneColour} tt="none" data-testid="map-hover-opinion">
                    {hoveredResult.opinionLabel[language]}
                  </Badge>
                )}
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('portal.map.noData')}
              </Text>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('portal.map.hint')}
          </Text>
        )}
      </Paper>
      <svg
        viewBox={`${box[0]} ${box[1]} ${box[2] - box[0]} ${box[3] - box[1]}`}
        width="100%"
        role="img"
        aria-label={t(level === 'provinces' ? 'portal.map.labelProvinces' : 'portal.map.labelRegencies')}
        data-testid={`map-${level}`}
        style={{ display: 'block', maxHeight: 520, background: '#f1f8fb' }}
      >
        {visible.map((shape) => {
          const result = byCode.get(shape.code);
          const fill = result
            ? colourBy === 'kategori'
              ? result.categoryColour
              : result.zoneColour
            : noDataColour;
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: every area is also a link in the ranking table below
            <path
              key={shape.code}
              d={shape.path}
              data-code={shape.code}
              fill={fill}
              stroke="#ffffff"
              strokeWidth={provinceCode ? 0.3 : 0.15}
              style={{ cursor: result ? 'pointer' : 'default' }}
              onMouseEnter={() => setHovered(shape)}
              onMouseLeave={() => setHovered(undefined)}
              onClick={() => {
                setHovered(shape);
                if (result)
                  void navigate({ to: '/hasil/entitas/$code/riwayat', params: { code: shape.code } });
              }}
            >
              <title>
                {result
                  ? `${result.entityName}: ${format.score(result.score)} (${
                      hasZones ? result.category : result.opinionLabel[language]
                    })`
                  : `${shape.name}: ${t('portal.map.noData')}`}
              </title>
            </path>
          );
        })}
      </svg>
      <MapLegend results={results} colourBy={colourBy} hasZones={hasZones} />
      <Text size="xs" c="dimmed" mt={4}>
        {t('portal.map.attribution')}
      </Text>
    </Box>
  );
}
