import { Alert, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeSignatories } from '../../../contracts/documents.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useSaveSignatories, useSignatories } from './documents-api';
import { OfficeSelect, useChosenOffice } from './office-select';

/** Pick an office, edit its 1–3 signatories and place for the year, save. */
export function SignatoriesCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const offices = useSignatories(year);
  const items = offices.data?.items ?? [];
  const { office, choose } = useChosenOffice(items);
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="xs">
        {t('documents.signatories.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('documents.signatories.intro')}
      </Text>
      <ApiErrorAlert error={offices.error} />
      <OfficeSelect
        label={t('documents.signatories.office')}
        items={items}
        value={office?.officeCode}
        onChange={choose}
      />
      {office && <SignatoriesForm key={`${year}-${office.officeCode}`} year={year} office={office} />}
    </Card>
  );
}

let keyCounter = 0;
/** A stable React key for a signatory row (rows can be removed from the middle). */
function nextKey(): string {
  keyCounter += 1;
  return `signatory-${keyCounter}`;
}

function SignatoriesForm({ year, office }: { year: number; office: OfficeSignatories }) {
  const { t } = useTranslation();
  const save = useSaveSignatories(year);
  const [rows, setRows] = useState(() => office.signatories.map((row) => ({ ...row, key: nextKey() })));
  const [place, setPlace] = useState(office.place ?? '');
  const setRow = (index: number, field: 'name' | 'title', value: string) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        const signatories = rows.map(({ name, title }) => ({ name, title }));
        save.mutate({ office: office.officeCode, body: { signatories, place: place.trim() || null } });
      }}
    >
      {!office.isSet && (
        <Badge color="yellow" variant="light">
          {t('documents.signatories.notSet')}
        </Badge>
      )}
      {rows.map((row, index) => (
        <Group key={row.key} align="flex-end" grow wrap="wrap">
          <TextInput
            label={t('documents.signatories.name', { n: index + 1 })}
            value={row.name}
            onChange={(event) => setRow(index, 'name', event.currentTarget.value)}
            required
          />
          <TextInput
            label={t('documents.signatories.titleField', { n: index + 1 })}
            value={row.title}
            onChange={(event) => setRow(index, 'title', event.currentTarget.value)}
            required
          />
          {rows.length > 1 && (
            <Button
              variant="subtle"
              color="red"
              aria-label={t('documents.signatories.remove', { n: index + 1 })}
              onClick={() => setRows((current) => current.filter((_, at) => at !== index))}
            >
              ×
            </Button>
          )}
        </Group>
      ))}
      {rows.length < 3 && (
        <Button
          variant="light"
          onClick={() => setRows((current) => [...current, { name: '', title: '', key: nextKey() }])}
        >
          {t('documents.signatories.add')}
        </Button>
      )}
      <TextInput
        label={t('documents.signatories.place')}
        value={place}
        onChange={(event) => setPlace(event.currentTarget.value)}
      />
      <ApiErrorAlert error={save.error} />
      {save.isSuccess && <Alert color="green">{t('documents.signatories.saved')}</Alert>}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('documents.signatories.save', { office: office.officeName })}
        </Button>
      </Group>
    </Stack>
  );
}
