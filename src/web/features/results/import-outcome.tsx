import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResultsResponse } from '../../../contracts/results.contract';

/** Per year: created or unchanged, rows, rows flagged for review, and what changed against the old snapshot. */
export function ImportOutcome({ outcome }: { outcome: ImportResultsResponse }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      variant="light"
      title={t(outcome.dryRun ? 'resultsAdmin.checked' : 'resultsAdmin.imported')}
      data-testid="import-outcome"
    >
      <List size="sm">
        {outcome.years.map((year) => (
          <List.Item key={year.year}>
            <Text size="sm" span fw={600}>
              {year.year}
            </Text>
            {': '}
            {t(year.outcome === 'unchanged' ? 'resultsAdmin.unchanged' : 'resultsAdmin.created', {
              rows: year.rows,
              flagged: year.flaggedRows,
              changes: year.changes.length,
              methodology: year.methodologyRef,
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
