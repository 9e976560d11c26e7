import { Anchor, Button, Card, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { importProblemSchema, importProblemsToCsv } from '../../../contracts/imports.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { isApiError } from '../../lib/api-client';
import { uploadFile } from '../cycles/planning-requests';

const problemsSchema = z.array(importProblemSchema);

interface ImportFileCardProps<Schema extends z.ZodType> {
  title: string;
  /** Export URL without the format. */
  exportUrl: string;
  importUrl: (format: 'csv' | 'xlsx') => string;
  resultSchema: Schema;
  describeResult: (result: z.infer<Schema>) => string;
  columnsHint: string;
  errorFileName: string;
  /** Why importing is closed now (phase), if it is. */
  closedReason?: string | undefined;
  onImported?: () => void;
  children?: ReactNode;
}

/** Export as CSV/XLSX, and an import that is checked whole: on any problem the rows are listed and downloadable. */
export function ImportFileCard<Schema extends z.ZodType>(props: ImportFileCardProps<Schema>) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({
    mutationFn: (chosen: File) =>
      uploadFile(
        props.importUrl(chosen.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv'),
        props.resultSchema,
        chosen,
      ),
    onSuccess: props.onImported,
  });
  const problems = isApiError(run.error, 'IMPORT_INVALID')
    ? problemsSchema.safeParse(run.error.details).data
    : undefined;
  const language = i18n.language === 'en' ? 'en' : 'id';
  const separator = props.exportUrl.includes('?') ? '&' : '?';
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {props.title}
        </Title>
        <Group gap="sm">
          <Anchor href={`${props.exportUrl}${separator}format=csv`}>{t('planning.imports.exportCsv')}</Anchor>
          <Anchor href={`${props.exportUrl}${separator}format=xlsx`}>
            {t('planning.imports.exportXlsx')}
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed">
          {props.columnsHint}
        </Text>
        <Group align="end" wrap="wrap">
          <FileInput
            label={t('planning.imports.file')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            style={{ flex: '1 1 260px' }}
          />
          <Button
            disabled={!file || Boolean(props.closedReason)}
            loading={run.isPending}
            onClick={() => file && run.mutate(file)}
          >
            {t('planning.imports.run')}
          </Button>
        </Group>
        {props.closedReason && (
          <Text size="sm" c="orange.8">
            {props.closedReason}
          </Text>
        )}
        {run.data !== undefined && (
          <Text size="sm" role="status">
            {props.describeResult(run.data)}
          </Text>
        )}
        {problems ? (
          <Stack gap="xs" role="alert">
            <Text c="red.8" fw={600}>
              {t('planning.imports.failed', { count: problems.length })}
            </Text>
            <Anchor
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${importProblemsToCsv(problems)}`)}`}
              download={props.errorFileName}
            >
              {t('planning.imports.downloadErrors')}
            </Anchor>
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('planning.imports.row')}</Table.Th>
                    <Table.Th>{t('planning.imports.column')}</Table.Th>
                    <Table.Th>{t('planning.imports.value')}</Table.Th>
                    <Table.Th>{t('planning.imports.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {problems.slice(0, 100).map((problem) => (
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
          </Stack>
        ) : (
          <ApiErrorAlert error={run.error} />
        )}
      </Stack>
    </Card>
  );
}
