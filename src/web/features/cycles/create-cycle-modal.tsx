import { Button, Group, Modal, NativeSelect, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useCreateCycle, useCycleEditions } from './cycles-api';
import { daysToPhases, emptyPhaseDays } from './phase-dates';
import { PhaseDaysFields } from './phase-days-fields';

interface CreateCycleModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (year: number) => void;
}

export function CreateCycleModal({ opened, onClose, onCreated }: CreateCycleModalProps) {
  const { t, i18n } = useTranslation();
  const editions = useCycleEditions();
  const create = useCreateCycle();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [methodologyRef, setMethodologyRef] = useState('');
  const [days, setDays] = useState(emptyPhaseDays);
  const language = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Modal opened={opened} onClose={onClose} title={t('planning.cycles.add')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { year, methodologyRef, phases: daysToPhases(days) },
            { onSuccess: (cycle) => onCreated(cycle.year) },
          );
        }}
      >
        <Stack gap="sm">
          <NumberInput
            label={t('planning.cycles.year')}
            value={year}
            min={2000}
            max={2100}
            onChange={(value) => setYear(Number(value))}
            required
          />
          <NativeSelect
            label={t('planning.cycles.methodology')}
            value={methodologyRef}
            onChange={(event) => setMethodologyRef(event.currentTarget.value)}
            required
            data={[
              { value: '', label: '—' },
              ...(editions.data ?? []).map((edition) => ({
                value: edition.ref,
                label: `${edition.ref} — ${edition.title[language]}`,
              })),
            ]}
          />
          <PhaseDaysFields value={days} onChange={setDays} />
          <ApiErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('planning.cycles.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
