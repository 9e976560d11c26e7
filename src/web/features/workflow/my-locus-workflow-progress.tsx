import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocusApproval } from './workflow-api';

/** Units verified of one of the user's loci, for the home card of assessors and verifiers. */
export function MyLocusWorkflowProgress({ year, entityCode }: { year: number; entityCode: string }) {
  const { t } = useTranslation();
  const approval = useLocusApproval(year, entityCode);
  if (!approval.data) return null;
  const total = approval.data.units.length;
  const verified = approval.data.units.filter(
    (unit) => unit.status === 'verified' || unit.status === 'locked',
  ).length;
  const label = t('workflow.myLociProgress', { verified, total });
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
      <Progress
        value={total === 0 ? 0 : (verified / total) * 100}
        color="green"
        size="sm"
        style={{ flex: 1 }}
        aria-label={label}
      />
    </Group>
  );
}
