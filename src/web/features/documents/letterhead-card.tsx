import { Alert, Badge, Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxLetterheadBytes } from '../../../contracts/documents.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import { useLetterheads, useRemoveLetterhead, useSaveLetterhead, useSignatories } from './documents-api';
import { OfficeSelect, useChosenOffice } from './office-select';

/** Checked here first, with the size, so a large photo is not sent for nothing; the server checks both again. */
const acceptedTypes = ['image/png', 'image/jpeg'];

/** Pick an office, then set, replace or remove the emblem/letterhead printed at the top of its documents. */
export function LetterheadCard({ year }: { year: number }) {
  const { t } = useTranslation();
  // The offices the caller manages, named, come with the signatories (the same permission).
  const offices = useSignatories(year);
  const letterheads = useLetterheads();
  const items = offices.data?.items ?? [];
  const { office, choose } = useChosenOffice(items);
  const letterhead = letterheads.data?.items.find((item) => item.officeCode === office?.officeCode);
  return (
    <Card withBorder padding="md" data-testid="letterhead-card">
      <Title order={2} size="h4" mb="xs">
        {t('documents.letterhead.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('documents.letterhead.intro')}
      </Text>
      <ApiErrorAlert error={offices.error ?? letterheads.error} />
      <OfficeSelect
        label={t('documents.letterhead.office')}
        items={items}
        value={office?.officeCode}
        onChange={choose}
      />
      {office && letterheads.data && (
        <LetterheadForm key={office.officeCode} officeCode={office.officeCode} current={letterhead} />
      )}
    </Card>
  );
}

function LetterheadForm(props: {
  officeCode: string;
  current: { mediaType: string; updatedAt: string } | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const save = useSaveLetterhead();
  const remove = useRemoveLetterhead();
  const [file, setFile] = useState<File | null>(null);
  const tooLarge = file !== null && file.size > maxLetterheadBytes;
  const wrongType = file !== null && !acceptedTypes.includes(file.type);
  const problem = tooLarge
    ? t('documents.letterhead.tooLarge', { size: format.fileSize(file.size) })
    : wrongType
      ? t('documents.letterhead.wrongType')
      : undefined;
  const { current } = props;
  return (
    <Stack gap="sm">
      {current ? (
        <Text size="sm" data-testid="letterhead-status">
          {t('documents.letterhead.set', {
            kind: current.mediaType === 'image/png' ? 'PNG' : 'JPEG',
            at: format.dateTime(current.updatedAt),
          })}
        </Text>
      ) : (
        <Badge color="gray" variant="light" data-testid="letterhead-status">
          {t('documents.letterhead.none')}
        </Badge>
      )}
      <FileInput
        label={t('documents.letterhead.file')}
        description={t('documents.letterhead.fileHint')}
        accept={acceptedTypes.join(',')}
        value={file}
        onChange={(chosen) => {
          setFile(chosen);
          save.reset();
          remove.reset();
        }}
        error={problem}
        clearable
      />
      <ApiErrorAlert error={save.error ?? remove.error} />
      {save.isSuccess && <Alert color="green">{t('documents.letterhead.saved')}</Alert>}
      {remove.isSuccess && <Alert color="green">{t('documents.letterhead.removed')}</Alert>}
      <Group>
        <Button
          disabled={file === null || problem !== undefined}
          loading={save.isPending}
          onClick={() =>
            file && save.mutate({ office: props.officeCode, file }, { onSuccess: () => setFile(null) })
          }
        >
          {t('documents.letterhead.save')}
        </Button>
        {current && (
          <Button
            variant="light"
            color="red"
            loading={remove.isPending}
            onClick={() => {
              save.reset();
              remove.mutate(props.officeCode);
            }}
          >
            {t('documents.letterhead.remove')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
