import { Alert, Anchor, Box, Text } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../contracts/results.contract';
import { ImportProblemsTable } from '../../components/import-problems-table';
import { problemsCsvUrl } from './results-api';

/** Every problem of a rejected file by row and column, also as a CSV to download. */
export function ImportProblems({
  problems,
  message,
}: {
  problems: readonly ImportProblem[];
  message: string;
}) {
  const { t } = useTranslation();
  const url = useMemo(() => problemsCsvUrl(problems), [problems]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('resultsAdmin.rejected', { count: problems.length })}
    >
      <Text size="sm" mb="xs">
        {message}
      </Text>
      <Anchor href={url} download="patuh-masalah-impor.csv" size="sm">
        {t('resultsAdmin.downloadProblems')}
      </Anchor>
      <Box mt="xs">
        <ImportProblemsTable
          problems={problems}
          limit={200}
          minWidth={480}
          testId="import-problems"
          headers={[
            t('resultsAdmin.row'),
            t('resultsAdmin.column'),
            t('resultsAdmin.value'),
            t('resultsAdmin.problem'),
          ]}
        />
      </Box>
    </Alert>
  );
}
