import {
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { NoAccess } from '../../components/no-access';
import { useFormatters } from '../../lib/use-formatters';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-current-user';
import { ImportOutcome } from './import-outcome';
import { ImportProblems } from './import-problems';
import {
  importProblemsOf,
  importProblemTotalOf,
  readFileAsBase64,
  useImportResults,
  useResultSnapshots,
} from './results-api';

/** Admin: import published results of past years and see every snapshot with its embargo. */
export function ResultsAdminPage() {
  const user = useSignedInUser();
  if (user.role !== 'admin') return <NoAccess />;
  return <ResultsAdmin />;
}

function ResultsAdmin() {
  const { t } = useTranslation();
  usePageTitle(t('resultsAdmin.title'));
  const format = useFormatters();
  const snapshots = useResultSnapshots();
  const importResults = useImportResults();
  const [file, setFile] = useState<File | null>(null);
  const [embargo, setEmbargo] = useState('');
  const [decreeNumber, setDecreeNumber] = useState('');
  const [decreeDate, setDecreeDate] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const problems = importProblemsOf(importResults.error);

  const submit = async () => {
    if (!file) return;
    importResults.mutate({
      fileName: file.name,
      contentBase64: await readFileAsBase64(file),
      ...(embargo ? { embargoAt: new Date(embargo).toISOString() } : {}),
      ...(decreeNumber ? { decreeNumber } : {}),
      ...(decreeDate ? { decreeDate } : {}),
      dryRun,
    });
  };

  return (
    <Stack gap="md" py="md">
      <Title order={1}>{t('resultsAdmin.title')}</Title>
      <Card
        withBorder
        padding="md"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Text size="sm" mb="sm">
          {t('resultsAdmin.format')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <FileInput
            label={t('resultsAdmin.file')}
            accept=".csv,.xlsx"
            value={file}
            onChange={setFile}
            required
            clearable
          />
          <TextInput
            label={t('resultsAdmin.embargo')}
            description={t('resultsAdmin.embargoHint')}
            type="datetime-local"
            value={embargo}
            onChange={(event) => setEmbargo(event.currentTarget.value)}
          />
          <TextInput
            label={t('resultsAdmin.decreeNumber')}
            value={decreeNumber}
            onChange={(event) => setDecreeNumber(event.currentTarget.value)}
          />
          <TextInput
            label={t('resultsAdmin.decreeDate')}
            type="date"
            value={decreeDate}
            onChange={(event) => setDecreeDate(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group mt="md" justify="space-between">
          <Checkbox
            label={t('resultsAdmin.dryRun')}
            checked={dryRun}
            onChange={(event) => setDryRun(event.currentTarget.checked)}
          />
          <Button type="submit" loading={importResults.isPending} disabled={!file}>
            {t('resultsAdmin.submit')}
          </Button>
        </Group>
      </Card>
      {problems.length > 0 ? (
        <ImportProblems
          problems={problems}
          total={importProblemTotalOf(importResults.error)}
          message={importResults.error?.message ?? ''}
        />
      ) : (
        <ApiErrorAlert error={importResults.error} />
      )}
      {importResults.data && <ImportOutcome outcome={importResults.data} />}
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="xs">
          {t('resultsAdmin.snapshots')}
        </Title>
        <ApiErrorAlert error={snapshots.error} />
        {snapshots.isPending && <Loader size="sm" />}
        {snapshots.data && (
          <Table.ScrollContainer minWidth={640}>
            <Table fz="sm" striped data-testid="snapshots-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('portal.year')}</Table.Th>
                  <Table.Th>{t('resultsAdmin.status')}</Table.Th>
                  <Table.Th>{t('resultsAdmin.embargoAt')}</Table.Th>
                  <Table.Th>{t('resultsAdmin.rows')}</Table.Th>
                  <Table.Th>{t('resultsAdmin.flagged')}</Table.Th>
                  <Table.Th>{t('portal.facts.methodology')}</Table.Th>
                  <Table.Th>{t('resultsAdmin.sourceFile')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {snapshots.data.items.map((snapshot) => (
                  <Table.Tr key={snapshot.id}>
                    <Table.Td>{snapshot.year}</Table.Td>
                    <Table.Td>
                      {snapshot.isCurrent ? (
                        <Badge color="teal">{t('resultsAdmin.current')}</Badge>
                      ) : (
                        <Badge color="gray">
                          {snapshot.status === 'draft'
                            ? t('resultsAdmin.draft')
                            : t('resultsAdmin.superseded')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{format.dateTime(snapshot.embargoAt, null, { style: 'medium' })}</Table.Td>
                    <Table.Td>{snapshot.rows}</Table.Td>
                    <Table.Td>{snapshot.flaggedRows}</Table.Td>
                    <Table.Td>{snapshot.methodologyRef}</Table.Td>
                    <Table.Td>{snapshot.sourceFileName ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
