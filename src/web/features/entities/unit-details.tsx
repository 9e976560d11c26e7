import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../contracts/units.contract';

/** One line under a unit's name: address, coordinates and its service products. */
export function UnitDetails({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const parts = [
    unit.address ?? t('directoryAdmin.unit.noAddress'),
    unit.latitude !== null && unit.longitude !== null ? `${unit.latitude}, ${unit.longitude}` : undefined,
    unit.serviceHours ? t('directoryAdmin.unit.serviceHoursShown', { hours: unit.serviceHours }) : undefined,
    unit.products.length > 0 ? unit.products.join(', ') : t('directoryAdmin.unit.noProducts'),
  ].filter((part): part is string => part !== undefined);
  return (
    <Text size="xs" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}
