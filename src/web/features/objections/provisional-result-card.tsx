import { Alert, Badge, Card, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProvisionalResult } from '../../../contracts/finalise.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';

/** The locus' provisional score, category, units and weakest indicators. */
export function ProvisionalResultCard({
  result,
  error,
  isPending,
}: {
  result: ProvisionalResult | undefined;
  error: unknown;
  isPending: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormatters();
  if (isPending) return <Loader size="sm" />;
  if (!result) return <ApiErrorAlert error={error} />;
  return (
    <Card withBorder padding="md" data-testid="provisional-result">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('objections.provisional')} — {result.entityName}
        </Title>
        <Group gap="md">
          <Text fz={28} fw={700} aria-label={t('objections.score')}>
            {format.score(result.score)}
          </Text>
          <Badge color={result.colour} size="lg">
            {result.category} · {result.label[language]}
          </Badge>
          <Badge variant="outline">{result.zone}</Badge>
        </Group>
        {result.objectionWindowEndsAt && (
          <Text size="sm" c="dimmed">
            {t('objections.windowEnds', {
              at: format.dateTime(result.objectionWindowEndsAt, result.entityCode),
            })}
          </Text>
        )}
        {result.approval !== 'accepted' && (
          <Alert color="yellow">{t('objections.notAccepted', { approval: result.approval })}</Alert>
        )}
        <Title order={3} size="h5">
          {t('objections.units')}
        </Title>
        <Table.ScrollContainer minWidth={320}>
          <Table fz="sm" striped>
            <Table.Tbody>
              {result.units.map((unit) => (
                <Table.Tr key={unit.unitId}>
                  <Table.Td>{unit.unitName}</Table.Td>
                  <Table.Td>{format.score(unit.score)}</Table.Td>
                  <Table.Td>{unit.category}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Title order={3} size="h5">
          {t('objections.weakest')}
        </Title>
        <List size="sm">
          {result.weakestIndicators.map((indicator) => (
            <List.Item key={`${indicator.unitId}/${indicator.indicatorCode}`}>
              <strong>{indicator.indicatorCode}</strong> {indicator.text[language]} — {indicator.unitName} (
              {t('objections.pointsLost', { points: format.score(indicator.pointsLost) })})
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
