import { Alert, Anchor, Badge, Card, Group, Loader, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthResponseSchema } from '../../../contracts/health.contract';
import { getJson } from '../../lib/api-client';

export function PlatformStatusCard() {
  const { t } = useTranslation();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => getJson('/api/health', healthResponseSchema),
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('home.statusTitle')}
        </Title>
        {health.data && <Badge color="teal">{t('home.statusOk')}</Badge>}
      </Group>
      {health.isPending && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('home.loading')}</Text>
        </Group>
      )}
      {health.error && (
        <Alert color="red" role="alert">
          {t('home.loadFailed', { reason: health.error.message })}
        </Alert>
      )}
      {health.data && (
        <SimpleGrid cols={2} spacing="xs" data-testid="platform-status">
          <Text c="dimmed">{t('home.database')}</Text>
          <Text data-testid="database-kind">{t(`home.databaseKinds.${health.data.database}`)}</Text>
          <Text c="dimmed">{t('home.migrations')}</Text>
          <Text>{health.data.migrations}</Text>
          <Text c="dimmed">{t('home.version')}</Text>
          <Text>{health.data.version}</Text>
        </SimpleGrid>
      )}
      <Anchor href="/api/docs" mt="md" display="inline-block" size="sm">
        {t('home.apiDocs')}
      </Anchor>
    </Card>
  );
}
