import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicResult } from '../../../contracts/public-results.contract';
import { colourGroupsOf, hasNoMaladministrationSuffix } from './opinion-colours';

/**
 * What each colour of the map means: the zones (2022–2024) or, on the Opini editions, the four opinion levels
 * with how many carry "Tanpa Maladministrasi"; or the categories when the map is coloured by category.
 */
export function MapLegend({
  results,
  colourBy,
  hasZones,
}: {
  results: readonly PublicResult[];
  colourBy: 'zona' | 'kategori';
  hasZones: boolean;
}) {
  const { t } = useTranslation();
  const groups = colourGroupsOf(results, colourBy === 'kategori' ? 'category' : 'zone');
  const withSuffix = results.filter(hasNoMaladministrationSuffix).length;
  if (groups.length === 0) return null;
  return (
    <Box mt="xs" data-testid="map-legend">
      <Group gap="md" wrap="wrap" aria-label={t('portal.map.legend')} role="list">
        {groups.map((group) => (
          <Group key={group.code} gap={6} wrap="nowrap" role="listitem" data-code={group.code}>
            <Box
              w={14}
              h={14}
              style={{ background: group.colour, borderRadius: 3, border: '1px solid #adb5bd' }}
            />
            <Text size="sm">
              {colourBy === 'kategori'
                ? group.code
                : t(`portal.zones.${group.code}`, { defaultValue: group.code })}{' '}
              <Text span c="dimmed" size="sm">
                ({group.count})
              </Text>
            </Text>
          </Group>
        ))}
      </Group>
      {!hasZones && (
        <Text size="xs" c="dimmed" mt={4} data-testid="map-legend-suffix">
          {t('portal.map.suffixNote', { count: withSuffix })}
        </Text>
      )}
    </Box>
  );
}
