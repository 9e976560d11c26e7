import { Alert, Anchor, Table, Text } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../contracts/results.contract';
import { problemsCsvUrl } from './results-api';

/** Every problem of a rejected file by row and column, also as a CSV to download. */
export function ImportProblems({
  problems,
  message,
}: {
  problems: readonly ImportProblem[];
  message: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
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
      <Table.ScrollContainer minWidth={480} mt="xs">
        <Table fz="sm" data-testid="import-problems">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('resultsAdmin.row')}</Table.Th>
              <Table.Th>{t('resultsAdmin.column')}</Table.Th>
              <Table.Th>{t('resultsAdmin.value')}</Table.Th>
              <Table.Th>{t('resultsAdmin.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.slice(0, 200).map((problem) => (
              <Table.Tr key={`${problem.row}-${problem.column}-${problem.message.en}`}>
                <Table.Td>{problem.row}</Table.Td>
                <Table.Td>{problem.column}</Table.Td>
                <Table.Td>{problem.value}</Table.Td>
                <Table.Td>{problem.message[language]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}
