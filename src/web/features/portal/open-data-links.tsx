import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportUrl, type ResultsFilter } from './portal-api';

/** Every published table as CSV, XLSX and JSON: the same rows as the public API. */
export function OpenDataLinks({ filter }: { filter: ResultsFilter }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="portal-open-data">
      <Title order={2} size="h4" id="portal-open-data" mb={4}>
        {t('portal.openData.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('portal.openData.intro')}
      </Text>
      <Group gap="md">
        {(['csv', 'xlsx', 'json'] as const).map((format) => (
          <Anchor key={format} href={exportUrl(filter, format)} download>
            {t('portal.openData.download', { format: format.toUpperCase() })}
          </Anchor>
        ))}
        <Anchor href="/api/docs">{t('portal.openData.api')}</Anchor>
      </Group>
    </Card>
  );
}
