import { Alert, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicCycle } from '../../../contracts/public-results.contract';
import { useFormatters } from '../../lib/use-formatters';

/** Which edition the year follows, when it was published, by which decree; and a warning for demo values. */
export function CycleFacts({ cycle }: { cycle: PublicCycle }) {
  const { t } = useTranslation();
  // National results are announced in Jakarta: the day is Jakarta's (WIB), whatever the viewer's zone.
  const publishedAt = useFormatters().date(cycle.publishedAt, null);
  return (
    <>
      <Group gap="lg" wrap="wrap" data-testid="cycle-facts">
        <Text size="sm">
          {t('portal.facts.methodology')}: <b>{cycle.methodologyRef}</b>
        </Text>
        <Text size="sm">
          {t('portal.facts.publishedAt')}: <b>{publishedAt}</b>
        </Text>
        {cycle.decreeNumber && (
          <Text size="sm">
            {t('portal.facts.decree')}: <b>{cycle.decreeNumber}</b>
          </Text>
        )}
        <Text size="sm">{t('portal.facts.entities', { count: cycle.entityCount })}</Text>
        {cycle.source === 'historical-import' && (
          <Text size="sm" c="dimmed">
            {t('portal.facts.historical')}
          </Text>
        )}
      </Group>
      {cycle.hasDemoValues && (
        <Alert color="yellow" variant="light" title={t('portal.demoTitle')}>
          {t('portal.demoExplained')}
        </Alert>
      )}
    </>
  );
}
