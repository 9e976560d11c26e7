import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ComplaintChannel,
  type ComplaintInput,
  type ComplaintOutcome,
  type ComplaintRecord,
  complaintChannelSchema,
  complaintOutcomeSchema,
} from '../../../contracts/complaints.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';

interface ComplaintFormProps {
  opened: boolean;
  record: ComplaintRecord | null;
  saving: boolean;
  error: unknown;
  onClose: () => void;
  onSave: (input: ComplaintInput) => void;
}

interface FormValues {
  reference: string;
  channel: ComplaintChannel;
  receivedAt: string;
  firstResponseAt: string;
  resolvedAt: string;
  outcome: ComplaintOutcome;
  summary: string;
}

/** Add or correct one complaint; times are typed in the device's local time (datetime-local). */
export function ComplaintForm({ opened, record, saving, error, onClose, onSave }: ComplaintFormProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [values, setValues] = useState<FormValues>(() => initialValues(record));
  const [problems, setProblems] = useState<Partial<Record<keyof FormValues, string>>>({});
  const set = <Key extends keyof FormValues>(key: Key, value: FormValues[Key]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = () => {
    const found = validate(values);
    setProblems(
      Object.fromEntries(Object.entries(found).map(([key, code]) => [key, t(`complaints.errors.${code}`)])),
    );
    if (Object.keys(found).length > 0) return;
    onSave({
      reference: values.reference,
      channel: values.channel,
      receivedAt: toIso(values.receivedAt) ?? '',
      firstResponseAt: toIso(values.firstResponseAt),
      resolvedAt: toIso(values.resolvedAt),
      outcome: values.outcome,
      summary: values.summary,
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      fullScreen={isPhone}
      size="lg"
      title={
        record
          ? t('complaints.edit', { reference: record.reference || t('complaints.noReference') })
          : t('complaints.add')
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('complaints.fields.reference')}
            value={values.reference}
            maxLength={120}
            onChange={(event) => set('reference', event.currentTarget.value)}
          />
          <Select
            label={t('complaints.fields.channel')}
            data={complaintChannelSchema.options.map((value) => ({
              value,
              label: t(`complaints.channels.${value}`),
            }))}
            value={values.channel}
            allowDeselect={false}
            onChange={(value) => value && set('channel', complaintChannelSchema.parse(value))}
          />
          <TextInput
            type="datetime-local"
            required
            label={t('complaints.fields.receivedAt')}
            value={values.receivedAt}
            error={problems.receivedAt}
            onChange={(event) => set('receivedAt', event.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t('complaints.fields.firstResponseAt')}
            value={values.firstResponseAt}
            error={problems.firstResponseAt}
            onChange={(event) => set('firstResponseAt', event.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t('complaints.fields.resolvedAt')}
            value={values.resolvedAt}
            error={problems.resolvedAt}
            onChange={(event) => set('resolvedAt', event.currentTarget.value)}
          />
          <Select
            label={t('complaints.fields.outcome')}
            data={complaintOutcomeSchema.options.map((value) => ({
              value,
              label: t(`complaints.outcomes.${value}`),
            }))}
            value={values.outcome}
            allowDeselect={false}
            onChange={(value) => value && set('outcome', complaintOutcomeSchema.parse(value))}
          />
          <Textarea
            label={t('complaints.fields.summary')}
            value={values.summary}
            maxLength={2000}
            autosize
            minRows={2}
            onChange={(event) => set('summary', event.currentTarget.value)}
          />
          <ApiErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function initialValues(record: ComplaintRecord | null): FormValues {
  return {
    reference: record?.reference ?? '',
    channel: record?.channel ?? 'sp4n-lapor',
    receivedAt: toLocalInput(record?.receivedAt ?? null),
    firstResponseAt: toLocalInput(record?.firstResponseAt ?? null),
    resolvedAt: toLocalInput(record?.resolvedAt ?? null),
    outcome: record?.outcome ?? 'resolved',
    summary: record?.summary ?? '',
  };
}

type ProblemCode =
  | 'required'
  | 'firstBeforeReceived'
  | 'resolvedBeforeReceived'
  | 'resolvedBeforeFirst'
  | 'resolvedNeedsTime';

/** The same order rules as the server, shown beside the field before anything is sent. */
function validate(values: FormValues): Partial<Record<keyof FormValues, ProblemCode>> {
  const received = toIso(values.receivedAt);
  const first = toIso(values.firstResponseAt);
  const resolved = toIso(values.resolvedAt);
  const problems: Partial<Record<keyof FormValues, ProblemCode>> = {};
  if (!received) problems.receivedAt = 'required';
  if (received && first && first < received) problems.firstResponseAt = 'firstBeforeReceived';
  if (received && resolved && resolved < received) problems.resolvedAt = 'resolvedBeforeReceived';
  else if (first && resolved && resolved < first) problems.resolvedAt = 'resolvedBeforeFirst';
  if (values.outcome === 'resolved' && !resolved) problems.resolvedAt = 'resolvedNeedsTime';
  return problems;
}

/** "2024-03-04T09:00" in the device's zone → ISO instant (comparable as text, all in UTC). */
function toIso(local: string): string | null {
  if (!local) return null;
  const instant = new Date(local);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const at = new Date(iso);
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
