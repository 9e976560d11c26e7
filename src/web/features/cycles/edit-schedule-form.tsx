import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useUpdateCycle } from './cycles-api';
import { daysToPhases, phasesToDays } from './phase-dates';
import { PhaseDaysFields } from './phase-days-fields';

/** Admins move phase dates; moving data collection's start into the past locks the edition. */
export function EditScheduleForm({ cycle, onDone }: { cycle: Cycle; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCycle(cycle.year);
  const [days, setDays] = useState(() => phasesToDays(cycle.phases));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ phases: daysToPhases(days) }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <PhaseDaysFields value={days} onChange={setDays} />
        <ApiErrorAlert error={update.error} />
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
