import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodologyEdition } from '../../../contracts/methodology.contract';
import { diffMethodologies, type MethodologyChange } from '../../../core/methodology/diff-methodologies';
import { useFormatters } from '../../lib/use-formatters';

const kindColour = { added: 'green', removed: 'red', changed: 'blue' } as const;

/**
 * Two editions side by side: their dimension weights in two columns, then every difference of the trees
 * (added, removed and changed indicators, weights, respondents, scales, categories, adjustments).
 */
export function MethodologyComparison({ from, to }: { from: MethodologyEdition; to: MethodologyEdition }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const changes = diffMethodologies(from.methodology, to.methodology);
  const dimensionCodes = [
    ...new Set([
      ...from.methodology.dimensions.map((dimension) => dimension.code),
      ...to.methodology.dimensions.map((dimension) => dimension.code),
    ]),
  ];
  const weightOf = (edition: MethodologyEdition, code: string) => {
    const dimension = edition.methodology.dimensions.find((candidate) => candidate.code === code);
    return dimension ? `${format.number(dimension.weight, 2)} %` : t('methodology.absent');
  };
  const nameOf = (code: string) =>
    (
      to.methodology.dimensions.find((dimension) => dimension.code === code) ??
      from.methodology.dimensions.find((dimension) => dimension.code === code)
    )?.text[language] ?? code;
  return (
    <Stack gap="sm" data-testid="methodology-comparison">
      <Title order={3} style={{ overflowWrap: 'anywhere' }}>
        {t('methodology.compareTitle', { from: from.listing.ref, to: to.listing.ref })}
      </Title>
      <Text size="sm" fw={600}>
        {t('methodology.sideBySide')}
      </Text>
      <Table.ScrollContainer minWidth={280}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th style={{ overflowWrap: 'anywhere' }}>{from.listing.ref}</Table.Th>
              <Table.Th style={{ overflowWrap: 'anywhere' }}>{to.listing.ref}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dimensionCodes.map((code) => (
              <Table.Tr key={code}>
                <Table.Td>{nameOf(code)}</Table.Td>
                <Table.Td>{weightOf(from, code)}</Table.Td>
                <Table.Td>{weightOf(to, code)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" fw={600} data-testid="methodology-change-count">
        {changes.length === 0
          ? t('methodology.noChanges')
          : t('methodology.changesCount', { count: changes.length })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
        {changes.map((change) => (
          <ChangeCard
            key={`${change.area}-${change.code}-${change.kind}-${change.field ?? ''}`}
            change={change}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ChangeCard({ change }: { change: MethodologyChange }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.language === 'en' ? 'en' : 'id';
  // Weights travel as plain numbers ("12.5"): shown in the reader's format ("12,5").
  const shown = (value: string | undefined) => {
    if (value === undefined) return t('methodology.absent');
    return /^-?\d+(\.\d+)?$/.test(value) ? format.number(Number(value), 2) : value;
  };
  return (
    <Paper withBorder p="xs" data-testid="methodology-change" data-kind={change.kind}>
      <Group gap="xs" wrap="wrap">
        <Badge color={kindColour[change.kind]} variant="light" style={{ flexShrink: 0 }}>
          {t(`methodology.kinds.${change.kind}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {t(`methodology.areas.${change.area}`)}
        </Text>
      </Group>
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {change.code} · {change.text[language]}
      </Text>
      {change.field && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t(`methodology.fields.${change.field}`)}: {shown(change.before)} → {shown(change.after)}
        </Text>
      )}
    </Paper>
  );
}
