import { Group, MultiSelect, NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../plans/plans-api';

interface PlanItemPickerProps {
  entityCode: string;
  year: number | undefined;
  onYearChange: (year: number | undefined) => void;
  value: string[];
  onChange: (ids: string[]) => void;
}

const entityCodePattern = /^\d{2}(\.\d{2})?$|^[A-Z][A-Z0-9-]{1,29}$/;

/** Links a coaching session to items of the entity's improvement plan of a year (rencana aksi). */
export function PlanItemPicker({ entityCode, year, onYearChange, value, onChange }: PlanItemPickerProps) {
  const { t } = useTranslation();
  const code = entityCode.trim();
  const plan = usePlan(code, entityCodePattern.test(code) ? year : undefined);
  const items = plan.data?.items ?? [];
  return (
    <Group grow align="flex-start">
      <NumberInput
        label={t('plans.coaching.planYear')}
        min={2000}
        max={2100}
        value={year ?? ''}
        onChange={(next) => onYearChange(typeof next === 'number' ? next : undefined)}
        disabled={!code}
      />
      <MultiSelect
        label={t('plans.coaching.planItems')}
        placeholder={
          plan.isError
            ? t('plans.coaching.noPlan')
            : items.length === 0
              ? t('plans.coaching.pickPlanYear')
              : undefined
        }
        data={items.map((item) => ({ value: item.id, label: `${item.indicatorCode} — ${item.action}` }))}
        value={value}
        onChange={onChange}
        disabled={items.length === 0}
        searchable
      />
    </Group>
  );
}
