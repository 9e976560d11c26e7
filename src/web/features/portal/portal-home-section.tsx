import { Badge, Button, Card, Group, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePublicCycles, usePublicResults } from './portal-api';

/** The landing for visitors: the latest published year in a few numbers, and the way into the portal. */
export function PortalHomeSection() {
  const { t } = useTranslation();
  const cycles = usePublicCycles();
  const latest = cycles.data?.items[0];
  const results = usePublicResults({ year: latest?.year }, latest !== undefined);
  const zones = new Map<string, { count: number; colour: string }>();
  for (const item of results.data?.items ?? []) {
    const zone = zones.get(item.zone) ?? { count: 0, colour: item.zoneColour };
    zone.count += 1;
    zones.set(item.zone, zone);
  }
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="home-results" maw={1080}>
      <Title order={2} size="h4" id="home-results" mb="xs">
        {latest ? t('portal.home.title', { year: latest.year }) : t('portal.title')}
      </Title>
      {latest ? (
        <Group gap="xs" mb="sm" wrap="wrap">
          <Text size="sm">{t('portal.facts.entities', { count: latest.entityCount })}</Text>
          {/* Zones of 2022–2024, or the opinion labels that stand in for zones in Opini years. */}
          {['hijau', 'kuning', 'merah', 'tertinggi', 'tinggi', 'sedang', 'rendah'].map((zone) => {
            const tally = zones.get(zone);
            return tally ? (
              <Badge key={zone} color={tally.colour} variant="dot">
                {t(`portal.zones.${zone}`, { defaultValue: zone })}: {tally.count}
              </Badge>
            ) : null;
          })}
        </Group>
      ) : (
        <Text size="sm" mb="sm">
          {cycles.isPending ? t('common.loading') : t('portal.noResults')}
        </Text>
      )}
      <Text size="sm" mb="sm">
        {t('portal.home.intro')}
      </Text>
      <Button component={Link} to="/hasil">
        {t('portal.home.open')}
      </Button>
    </Card>
  );
}
