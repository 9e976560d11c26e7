import { Alert, Button, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../core/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useCurrentUser } from '../auth/use-current-user';
import { UnitCollectionLink } from '../collection/unit-collection-link';
import { formatBytes } from '../evidence/format-bytes';
import { type FieldKit, PrepareRequestError, prepareFieldWork, readFieldKit } from './prepare-field-work';
import { useOnline } from './use-online';

/** "Siapkan kerja lapangan": store the assigned units for offline work and show what is stored and its size. */
export function FieldWorkPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('offline.prepare.title'));
  const language = i18n.language === 'en' ? 'en' : 'id';
  const online = useOnline();
  const userId = useCurrentUser().data?.id ?? null;
  const [kit, setKit] = useState<FieldKit | null>(() => readFieldKit(userId));
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [usage, setUsage] = useState<{ used: number; quota: number } | null>(null);

  useEffect(() => {
    void navigator.storage
      ?.estimate?.()
      .then((estimate) => setUsage({ used: estimate.usage ?? 0, quota: estimate.quota ?? 0 }))
      .catch(() => undefined);
  }, []);

  const prepare = async () => {
    setError(null);
    setProgress({ done: 0, total: 0 });
    try {
      setKit(await prepareFieldWork((done, total) => setProgress({ done, total })));
      const estimate = await navigator.storage?.estimate?.();
      if (estimate) setUsage({ used: estimate.usage ?? 0, quota: estimate.quota ?? 0 });
    } catch (failure) {
      if (failure instanceof PrepareRequestError)
        setError(
          failure.status === null
            ? t('offline.reasons.network')
            : t('offline.reasons.httpStatus', { status: failure.status }),
        );
      else setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setProgress(null);
    }
  };

  // In the zone of the loci the kit holds (a team's loci share a province), named; WIB when it holds none.
  const when = (iso: string, entityCode?: string) =>
    formatDateTime(iso, language, entityCode, { style: 'medium' });

  return (
    <Stack gap="md" py="md">
      <Title order={1} size="h2">
        {t('offline.prepare.title')}
      </Title>
      <Text size="sm">{t('offline.prepare.intro')}</Text>
      <Group gap="sm">
        <Button onClick={() => void prepare()} loading={progress !== null} disabled={!online}>
          {kit ? t('offline.prepare.refresh') : t('offline.prepare.action')}
        </Button>
        {!online && (
          <Text size="sm" c="dimmed">
            {t('offline.indicator.offline')}
          </Text>
        )}
      </Group>
      {progress && progress.total > 0 && (
        <Stack gap={2} role="status">
          <Text size="xs">{t('offline.prepare.working', progress)}</Text>
          <Progress value={(progress.done / progress.total) * 100} size="sm" />
        </Stack>
      )}
      {error && (
        <Alert color="red" variant="light" role="alert">
          {t('offline.prepare.failed', { message: error })}
        </Alert>
      )}
      <Card withBorder padding="md" component="section" aria-label={t('offline.prepare.title')}>
        {kit === null ? (
          <Text c="dimmed">{t('offline.prepare.none')}</Text>
        ) : (
          <Stack gap="xs">
            <Text fw={600} role="status">
              {t('offline.prepare.stored', {
                units: kit.units.length,
                size: formatBytes(kit.totalBytes, language),
              })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('offline.prepare.storedAt', { when: when(kit.preparedAt, kit.units[0]?.entityCode) })}
            </Text>
            {kit.units.length === 0 && <Text size="sm">{t('offline.prepare.noLoci')}</Text>}
            {kit.units.length > 0 && (
              <Table verticalSpacing={4} fz="sm">
                <Table.Tbody>
                  {kit.units.map((unit) => (
                    <Table.Tr key={`${unit.year}:${unit.unitId}`}>
                      <Table.Td>
                        <UnitCollectionLink year={unit.year} code={unit.entityCode} unitId={unit.unitId}>
                          {t('offline.prepare.unitLine', { unit: unit.unitName, entity: unit.entityName })}
                        </UnitCollectionLink>
                      </Table.Td>
                      <Table.Td ta="right">{formatBytes(unit.bytes, language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </Card>
      {usage && usage.quota > 0 && (
        <Text size="xs" c="dimmed">
          {t('offline.prepare.usage', {
            used: formatBytes(usage.used, language),
            quota: formatBytes(usage.quota, language),
          })}
        </Text>
      )}
    </Stack>
  );
}
