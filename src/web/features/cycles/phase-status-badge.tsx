import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../contracts/cycles.contract';

export function PhaseStatusBadge({ status }: { status: Cycle['status'] }) {
  const { t } = useTranslation();
  const label =
    status.kind === 'in-phase'
      ? t('planning.status.in-phase', { phase: t(`planning.phases.${status.phase}`) })
      : status.kind === 'between'
        ? t('planning.status.between', { phase: t(`planning.phases.${status.next}`) })
        : t(`planning.status.${status.kind}`);
  return (
    <Badge variant="light" color={status.kind === 'in-phase' ? 'teal' : 'gray'}>
      {label}
    </Badge>
  );
}
