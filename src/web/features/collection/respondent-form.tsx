import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RespondentDto, RoleProgress } from '../../../contracts/collection.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';

export interface RespondentFormValues {
  roleCode: string;
  name: string;
  jobTitle: string;
  employment: 'asn' | 'non-asn' | null;
  decreeNumber: string | null;
  decreeDate: string | null;
  interviewedOn: string | null;
}

interface RespondentFormProps {
  roles: RoleProgress[];
  initial?: RespondentDto;
  /** Role preselected when adding (e.g. from a "missing" badge). */
  initialRole?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: RespondentFormValues) => void;
  onCancel: () => void;
}

/** Add or edit an official; the decree (SK) fields appear for the complaint officer, ASN status for service officers. */
export function RespondentForm({
  roles,
  initial,
  initialRole,
  pending,
  error,
  onSubmit,
  onCancel,
}: RespondentFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const [values, setValues] = useState<RespondentFormValues>({
    roleCode: initial?.roleCode ?? initialRole ?? roles[0]?.code ?? '',
    name: initial?.name ?? '',
    jobTitle: initial?.jobTitle ?? '',
    employment: initial?.employment ?? null,
    decreeNumber: initial?.decreeNumber ?? null,
    decreeDate: initial?.decreeDate ?? null,
    interviewedOn: initial?.interviewedOn ?? null,
  });
  const set = (changes: Partial<RespondentFormValues>) =>
    setValues((previous) => ({ ...previous, ...changes }));
  const orNull = (text: string) => (text.trim() === '' ? null : text);
  const needsDecree = values.roleCode === 'petugas-pengaduan';
  const asksEmployment = values.roleCode === 'petugas-pelayanan' || values.employment !== null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values);
      }}
    >
      <Stack gap="sm">
        <Select
          label={t('collection.respondents.role')}
          data={roles.map((role) => ({ value: role.code, label: role.text[language] }))}
          value={values.roleCode}
          onChange={(roleCode) => set({ roleCode: roleCode ?? '' })}
          disabled={Boolean(initial)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          label={t('collection.respondents.name')}
          required
          value={values.name}
          onChange={(event) => set({ name: event.currentTarget.value })}
        />
        <TextInput
          label={t('collection.respondents.jobTitle')}
          value={values.jobTitle}
          onChange={(event) => set({ jobTitle: event.currentTarget.value })}
        />
        {asksEmployment && (
          <Select
            label={t('collection.respondents.employment')}
            required={values.roleCode === 'petugas-pelayanan'}
            data={[
              { value: 'asn', label: t('collection.respondents.asn') },
              { value: 'non-asn', label: t('collection.respondents.nonAsn') },
            ]}
            value={values.employment}
            onChange={(employment) =>
              set({ employment: employment === 'asn' || employment === 'non-asn' ? employment : null })
            }
            comboboxProps={{ withinPortal: false }}
          />
        )}
        {needsDecree && (
          <>
            <TextInput
              label={t('collection.respondents.decreeNumber')}
              required
              value={values.decreeNumber ?? ''}
              onChange={(event) => set({ decreeNumber: orNull(event.currentTarget.value) })}
            />
            <TextInput
              type="date"
              label={t('collection.respondents.decreeDate')}
              required
              value={values.decreeDate ?? ''}
              onChange={(event) => set({ decreeDate: orNull(event.currentTarget.value) })}
            />
          </>
        )}
        <TextInput
          type="date"
          label={t('collection.respondents.interviewedOn')}
          value={values.interviewedOn ?? ''}
          onChange={(event) => set({ interviewedOn: orNull(event.currentTarget.value) })}
        />
        <ApiErrorAlert error={error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('collection.respondents.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('collection.respondents.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
