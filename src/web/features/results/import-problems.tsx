import { Alert, Anchor, Box, Text } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../contracts/results.contract';
import { ImportProblemsTable } from '../../components/import-problems-table';
import { problemsCsvUrl } from './results-api';

/** Problems listed on screen; the downloadable list holds all the server sent. */
const tableLimit = 200;

/** Every problem of a rejected file by row and column, also as a CSV to download. */
export function ImportProblems({
  problems,
  total,
  message,
}: {
  problems: readonly ImportProblem[];
  /** How many problems the file has; the server sends the first 1,000. */
  total: number;
  message: string;
}) {
  const { t } = useTranslation();
  const shown = Math.min(tableLimit, problems.length);
  const url = useMemo(() => problemsCsvUrl(problems), [problems]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Alert color="red" variant="light" role="alert" title={t('resultsAdmin.rejected', { count: total })}>
      <Text size="sm" mb="xs">
        {message}
      </Text>
      {total > shown && (
        <Text size="sm" mb="xs">
          {t('resultsAdmin.problemsShown', { shown, total })}
          {total > problems.length &&
            ` ${t('resultsAdmin.problemsListed', { listed: problems.length, total })}`}
        </Text>
      )}
      <Anchor href={url} download="patuh-masalah-impor.csv" size="sm">
        {t('resultsAdmin.downloadProblems')}
      </Anchor>
      <Box mt="xs">
        <ImportProblemsTable
          problems={problems}
          limit={tableLimit}
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
