import { Anchor, Badge, Button, Card, Checkbox, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentJob } from '../../../contracts/documents.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { useCreateDocumentJob, useDocumentJobs } from './documents-api';

const statusColour = { queued: 'gray', running: 'blue', done: 'green', failed: 'red' } as const;

/** Admin: start a year's bulk generation and follow each job's progress to its ZIP. */
export function DocumentJobsCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const jobs = useDocumentJobs();
  const create = useCreateDocumentJob();
  const [piagam, setPiagam] = useState(true);
  const [rapor, setRapor] = useState(false);
  const documents = [...(piagam ? (['piagam'] as const) : []), ...(rapor ? (['rapor'] as const) : [])];
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="xs">
        {t('documents.jobs.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('documents.jobs.intro')}
      </Text>
      <Group mb="sm">
        <Checkbox
          label={t('documents.jobs.piagam')}
          checked={piagam}
          onChange={(e) => setPiagam(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('documents.jobs.rapor')}
          checked={rapor}
          onChange={(e) => setRapor(e.currentTarget.checked)}
        />
        <Button
          disabled={documents.length === 0}
          loading={create.isPending}
          onClick={() => create.mutate({ year, documents, language: 'id' })}
        >
          {t('documents.jobs.start')} ({year})
        </Button>
      </Group>
      <ApiErrorAlert error={create.error ?? jobs.error} />
      <Stack gap="sm">
        {jobs.data?.items.length === 0 && <Text c="dimmed">{t('documents.jobs.empty')}</Text>}
        {jobs.data?.items.map((job) => (
          <JobRow key={job.id} job={job} />
        ))}
      </Stack>
    </Card>
  );
}

function JobRow({ job }: { job: DocumentJob }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const percent = job.progressTotal > 0 ? Math.round((job.progressDone / job.progressTotal) * 100) : 0;
  return (
    <Stack gap={4} data-testid="document-job">
      <Group gap="xs">
        <Text fw={600}>{job.year}</Text>
        <Text size="sm">{job.documents.map((kind) => t(`documents.jobs.${kind}`)).join(' + ')}</Text>
        <Badge color={statusColour[job.status]}>{t(`documents.jobs.status.${job.status}`)}</Badge>
      </Group>
      <Progress
        value={job.status === 'done' ? 100 : percent}
        aria-label={t('documents.jobs.progressLabel', { year: job.year })}
        animated={job.status === 'running'}
      />
      <Text size="xs" c="dimmed">
        {t('documents.jobs.progress', { done: job.progressDone, total: job.progressTotal })}
      </Text>
      {job.downloadUrl && (
        <Anchor href={job.downloadUrl}>
          {t('documents.jobs.download', {
            size: format.fileSize(job.resultSizeBytes ?? 0),
          })}
        </Anchor>
      )}
      {job.error && (
        <Text c="red" size="sm">
          {job.error}
        </Text>
      )}
    </Stack>
  );
}
