import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useUpdateCycle } from './cycles-api';
import { decreeFieldErrors } from './decree-field-errors';
import { daysToPhases, phasesToDays } from './phase-dates';
import { PhaseDaysFields } from './phase-days-fields';

/** Admins move phase dates; moving data collection's start into the past locks the edition. */
export function EditScheduleForm({ cycle, onDone }: { cycle: Cycle; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateCycle(cycle.year);
  const fieldErrors = decreeFieldErrors(update.error, i18n.language);
  const [days, setDays] = useState(() => phasesToDays(cycle.phases));
  const [decreeNumber, setDecreeNumber] = useState(cycle.decreeNumber ?? '');
  const [decreeDate, setDecreeDate] = useState(cycle.decreeDate ?? '');
  const [embargoAt, setEmbargoAt] = useState(() => toLocalInput(cycle.embargoAt));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          {
            phases: daysToPhases(days),
            decreeNumber: decreeNumber.trim() || null,
            decreeDate: decreeDate || null,
            embargoAt: embargoAt ? new Date(embargoAt).toISOString() : null,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack gap="sm">
        <PhaseDaysFields value={days} onChange={setDays} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('planning.cycles.decreeNumber')}
            value={decreeNumber}
            onChange={(event) => setDecreeNumber(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('planning.cycles.decreeDate')}
            value={decreeDate}
            onChange={(event) => setDecreeDate(event.currentTarget.value)}
            error={fieldErrors.decreeDate}
          />
          <TextInput
            type="datetime-local"
            label={t('planning.cycles.embargoAt')}
            description={t('planning.cycles.embargoHelp')}
            value={embargoAt}
            onChange={(event) => setEmbargoAt(event.currentTarget.value)}
            error={fieldErrors.embargoAt}
          />
        </SimpleGrid>
        {/* Field-level refusals show under their field; anything else in the alert. */}
        {!fieldErrors.decreeDate && !fieldErrors.embargoAt && <ApiErrorAlert error={update.error} />}
        {update.isSuccess && <Text size="sm">{t('planning.cycles.saved')}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('planning.cycles.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** An ISO instant as the value of a datetime-local input, in the device's time zone. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const instant = new Date(iso);
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
