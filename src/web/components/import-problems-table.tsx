import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ImportProblemRow {
  row: number;
  column: string;
  value: string;
  message: { id: string; en: string };
}

/** The rows of a rejected import file, each with its column, value and reason in the user's language. */
export function ImportProblemsTable({
  problems,
  headers,
  limit,
  testId,
  minWidth,
}: {
  problems: readonly ImportProblemRow[];
  headers: readonly [row: string, column: string, value: string, message: string];
  limit: number;
  testId?: string;
  minWidth: number;
}) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing={4} fz="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.slice(0, limit).map((problem) => (
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
  );
}
