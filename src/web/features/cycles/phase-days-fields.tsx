import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cyclePhaseCodes } from '../../../core/cycles/cycle-phases';
import type { PhaseDays } from './phase-dates';

interface PhaseDaysFieldsProps {
  value: PhaseDays;
  onChange: (value: PhaseDays) => void;
}

/** A start and an end day per phase, in phase order. */
export function PhaseDaysFields({ value, onChange }: PhaseDaysFieldsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      {cyclePhaseCodes.flatMap((code) => {
        const phase = t(`planning.phases.${code}`);
        return [
          <TextInput
            key={`${code}-from`}
            type="date"
            required
            label={t('planning.cycles.phaseStart', { phase })}
            value={value[code].from}
            onChange={(event) =>
              onChange({ ...value, [code]: { ...value[code], from: event.currentTarget.value } })
            }
          />,
          <TextInput
            key={`${code}-until`}
            type="date"
            required
            label={t('planning.cycles.phaseEnd', { phase })}
            value={value[code].until}
            onChange={(event) =>
              onChange({ ...value, [code]: { ...value[code], until: event.currentTarget.value } })
            }
          />,
        ];
      })}
    </SimpleGrid>
  );
}
