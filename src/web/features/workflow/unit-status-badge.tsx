import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocusUnitStatus } from '../../../contracts/workflow.contract';

/** Colours follow the work: grey still with the assessor, orange back to them, blue waiting, green done. */
export const statusColors: Record<LocusUnitStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  verified: 'green',
  locked: 'dark',
};

export function UnitStatusBadge({
  status,
  size = 'md',
}: {
  status: LocusUnitStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} size={size} variant="light" data-testid="unit-status">
      {t(`workflow.status.${status}`)}
    </Badge>
  );
}
