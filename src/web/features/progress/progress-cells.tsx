import { Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressFigures } from '../../../contracts/progress.contract';
import { locusUnitStatuses } from '../../../contracts/workflow.contract';
import { useFormatters } from '../../lib/use-formatters';
import { statusColors } from '../workflow/unit-status-badge';

const measures = ['respondents', 'indicators', 'evidence', 'survey'] as const;

/** "12/30" (national counts grouped: "1.234/5.000") over a bar; full bars turn green. */
export function FigureCell({ done, total, label }: { done: number; total: number; label: string }) {
  const format = useFormatters();
  const value = total === 0 ? 0 : Math.min(100, (done / total) * 100);
  return (
    <Stack gap={2} miw={90}>
      <Text size="xs">
        {format.number(done)}/{format.number(total)}
      </Text>
      <Progress value={value} size="sm" color={value >= 100 ? 'green' : 'blue'} aria-label={label} />
    </Stack>
  );
}

/** Units per workflow status, as small coloured counts (only statuses present). */
export function StatusCounts({ statuses }: { statuses: ProgressFigures['statuses'] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {locusUnitStatuses
        .filter((status) => statuses[status] > 0)
        .map((status) => (
          <Badge key={status} size="sm" variant="light" color={statusColors[status]}>
            {t(`workflow.status.${status}`)} {statuses[status]}
          </Badge>
        ))}
    </Group>
  );
}

export function MeasureHeaders() {
  const { t } = useTranslation();
  return (
    <>
      {measures.map((measure) => (
        <Table.Th key={measure}>{t(`workflow.progress.${measure}`)}</Table.Th>
      ))}
      <Table.Th>{t('workflow.progress.workflow')}</Table.Th>
    </>
  );
}

/** The four bars and the status counts of one row; bars are labelled "<measure> <row name>". */
export function MeasureCells({ figures, name }: { figures: ProgressFigures; name: string }) {
  const { t } = useTranslation();
  return (
    <>
      {measures.map((measure) => (
        <Table.Td key={measure}>
          <FigureCell
            done={figures[measure].done}
            total={figures[measure].total}
            label={t('workflow.progress.barLabel', { what: t(`workflow.progress.${measure}`), name })}
          />
        </Table.Td>
      ))}
      <Table.Td>
        <StatusCounts statuses={figures.statuses} />
      </Table.Td>
    </>
  );
}
