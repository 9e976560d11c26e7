import { Alert, Button, Card, FileInput, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFileObjection } from './objections-api';

/** A liaison's (or coordinator's) objection: text, optionally a unit and an indicator, and new evidence. */
export function ObjectionForm({
  year,
  entityCode,
  units,
}: {
  year: number;
  entityCode: string;
  units: readonly { unitId: string; unitName: string }[];
}) {
  const { t } = useTranslation();
  const fileObjection = useFileObjection(year);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [indicatorCode, setIndicatorCode] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const submit = () =>
    fileObjection.mutate(
      {
        body: { entityCode, unitId, indicatorCode: indicatorCode.trim() || null, text },
        files,
      },
      {
        onSuccess: () => {
          setText('');
          setIndicatorCode('');
          setFiles([]);
        },
      },
    );
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('objections.form')}
        </Title>
        <Select
          label={t('objections.unit')}
          data={units.map((unit) => ({ value: unit.unitId, label: unit.unitName }))}
          value={unitId}
          onChange={setUnitId}
          clearable
        />
        <TextInput
          label={t('objections.indicator')}
          value={indicatorCode}
          onChange={(event) => setIndicatorCode(event.currentTarget.value)}
          placeholder="INP-K04"
        />
        <Textarea
          label={t('objections.text')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={3}
          required
        />
        <FileInput
          label={t('objections.files')}
          multiple
          value={files}
          onChange={setFiles}
          accept="application/pdf,image/jpeg,image/png,image/webp"
          clearable
        />
        <ApiErrorAlert error={fileObjection.error} />
        {fileObjection.isSuccess && <Alert color="green">{t('objections.filed')}</Alert>}
        <Button onClick={submit} loading={fileObjection.isPending} disabled={text.trim().length < 10}>
          {t('objections.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
