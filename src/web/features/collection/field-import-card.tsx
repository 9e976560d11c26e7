import { Anchor, Button, Card, FileInput, List, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { fieldImportProblemSchema, fieldImportResultSchema } from '../../../contracts/field-import.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { isApiError } from '../../lib/api-client';
import { uploadFile } from '../cycles/planning-requests';
import { type UnitRef, unitBaseUrl } from './collection-api';

const problemsSchema = z.array(fieldImportProblemSchema);
/** Problems listed on screen: enough to fix a file by on a phone. */
const listLimit = 50;

/**
 * "Impor data lapangan": the unit's template to download and a filled workbook to upload, for offices that
 * collected on paper or in another tool. The server checks every row first; any problem is listed by sheet,
 * row and column, and nothing is saved.
 */
export function FieldImportCard({
  unit,
  editable,
  onImported,
}: {
  unit: UnitRef;
  editable: boolean;
  onImported: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const base = `${unitBaseUrl(unit)}/field-import`;
  const run = useMutation({
    mutationFn: (chosen: File) => uploadFile(base, fieldImportResultSchema, chosen),
    onSuccess: onImported,
  });
  const problems = isApiError(run.error, 'IMPORT_INVALID')
    ? problemsSchema.safeParse(run.error.details).data
    : undefined;
  const total = (isApiError(run.error) && run.error.detailsTotal) || (problems?.length ?? 0);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('collection.fieldImport.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('collection.fieldImport.hint')}
        </Text>
        <Anchor href={`${base}/template`}>{t('collection.fieldImport.template')}</Anchor>
        <FileInput
          label={t('collection.fieldImport.file')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={setFile}
          disabled={!editable}
        />
        <Button
          disabled={!file || !editable}
          loading={run.isPending}
          onClick={() => file && run.mutate(file)}
          fullWidth
        >
          {t('collection.fieldImport.run')}
        </Button>
        {run.data !== undefined && (
          <Text size="sm" role="status">
            {t('collection.fieldImport.done', {
              officials: run.data.officialsAdded,
              answers: run.data.answersSaved,
              complaints: run.data.complaintsAdded,
              survey: run.data.surveyResponsesAdded,
              present: run.data.rowsAlreadyPresent,
            })}
          </Text>
        )}
        {problems ? (
          <Stack gap="xs" role="alert">
            <Text c="red.8" fw={600}>
              {t('collection.fieldImport.failed', { count: total })}
            </Text>
            <List size="sm" spacing={4}>
              {problems.slice(0, listLimit).map((problem) => (
                <List.Item key={`${problem.sheet}-${problem.row}-${problem.column}-${problem.message.en}`}>
                  <Text span fw={600} size="sm">
                    {`${problem.sheet} · ${problem.row}${problem.column ? ` · ${problem.column}` : ''}`}
                  </Text>
                  {problem.value ? ` (“${problem.value}”)` : ''}: {problem.message[language]}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : (
          <ApiErrorAlert error={run.error} />
        )}
      </Stack>
    </Card>
  );
}
