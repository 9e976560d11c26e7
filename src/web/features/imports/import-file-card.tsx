import { Anchor, Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { importProblemSchema } from '../../../contracts/imports.contract';
import { importProblemsToCsv } from '../../../reports/csv/import-problems-csv';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { ImportProblemsTable } from '../../components/import-problems-table';
import { isApiError } from '../../lib/api-client';
import { uploadFile } from '../cycles/planning-requests';

const problemsSchema = z.array(importProblemSchema);
/** Problems listed on screen; the downloadable list holds all the server sent. */
const tableLimit = 100;

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
  const { t } = useTranslation();
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
  // The server lists the first 1,000 problems; detailsTotal counts them all.
  const total = (isApiError(run.error) && run.error.detailsTotal) || (problems?.length ?? 0);
  const shown = Math.min(tableLimit, problems?.length ?? 0);
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
              {t('planning.imports.failed', { count: total })}
            </Text>
            {total > shown && (
              <Text size="sm">
                {t('planning.imports.problemsShown', { shown, total })}
                {total > problems.length &&
                  ` ${t('planning.imports.problemsListed', { listed: problems.length, total })}`}
              </Text>
            )}
            <Anchor
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(importProblemsToCsv(problems))}`}
              download={props.errorFileName}
            >
              {t('planning.imports.downloadErrors')}
            </Anchor>
            <ImportProblemsTable
              problems={problems}
              limit={tableLimit}
              minWidth={520}
              headers={[
                t('planning.imports.row'),
                t('planning.imports.column'),
                t('planning.imports.value'),
                t('planning.imports.message'),
              ]}
            />
          </Stack>
        ) : (
          <ApiErrorAlert error={run.error} />
        )}
      </Stack>
    </Card>
  );
}
