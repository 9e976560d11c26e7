import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  OversightProduct,
  SaveOversightProductRequest,
} from '../../../contracts/oversight-products.contract';
import { oversightProductKinds } from '../../../core/oversight/oversight-follow-up-status';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { tapInputStyles, tapTarget } from './tap-target';

type FormValues = { [Key in keyof Required<SaveOversightProductRequest>]: string };

const emptyForm: FormValues = {
  kind: 'tindakan_korektif',
  number: '',
  issuedOn: '',
  subject: '',
  issuingOffice: '',
  dueOn: '',
};

interface OversightProductFormProps {
  initial?: OversightProduct | undefined;
  pending: boolean;
  error: unknown;
  onSubmit: (request: SaveOversightProductRequest) => void;
  onCancel?: () => void;
}

/** Add or correct one product: number, dates, subject, issuing office. */
export function OversightProductForm({
  initial,
  pending,
  error,
  onSubmit,
  onCancel,
}: OversightProductFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FormValues>(
    initial
      ? {
          kind: initial.kind,
          number: initial.number,
          issuedOn: initial.issuedOn,
          subject: initial.subject,
          issuingOffice: initial.issuingOffice,
          dueOn: initial.dueOn ?? '',
        }
      : emptyForm,
  );
  const field = (key: keyof FormValues) => ({
    value: form[key],
    styles: tapInputStyles,
    onChange: (event: { currentTarget: { value: string } }) =>
      setForm({ ...form, [key]: event.currentTarget.value }),
  });
  const kind = oversightProductKinds.find((candidate) => candidate === form.kind) ?? 'tindakan_korektif';
  return (
    <Stack gap="xs">
      <Select
        label={t('oversight.fields.kind')}
        data={oversightProductKinds.map((value) => ({ value, label: t(`oversight.kinds.${value}`) }))}
        value={form.kind}
        onChange={(value) => setForm({ ...form, kind: value ?? 'tindakan_korektif' })}
        allowDeselect={false}
        styles={tapInputStyles}
      />
      <TextInput label={t('oversight.fields.number')} required {...field('number')} />
      <Group grow wrap="wrap">
        <TextInput type="date" label={t('oversight.fields.issuedOn')} required {...field('issuedOn')} />
        <TextInput type="date" label={t('oversight.fields.dueOn')} {...field('dueOn')} />
      </Group>
      <Textarea label={t('oversight.fields.subject')} required autosize minRows={2} {...field('subject')} />
      <TextInput label={t('oversight.fields.issuingOffice')} required {...field('issuingOffice')} />
      <ApiErrorAlert error={error} />
      <Group>
        <Button
          style={tapTarget}
          loading={pending}
          onClick={() =>
            onSubmit({
              kind,
              number: form.number.trim(),
              issuedOn: form.issuedOn,
              subject: form.subject.trim(),
              issuingOffice: form.issuingOffice.trim(),
              dueOn: form.dueOn || null,
            })
          }
        >
          {t('oversight.save')}
        </Button>
        {onCancel && (
          <Button variant="default" style={tapTarget} onClick={onCancel}>
            {t('oversight.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
