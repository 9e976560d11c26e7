import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface FigureCardProps {
  label: string;
  value: ReactNode;
  detail: ReactNode;
  /** A secondary detail (the current value beside a projection) is greyed. */
  detailDimmed?: boolean;
  valueTestId?: string;
}

/** One figure of the simulator's summary row: a label, the figure, a line under it. */
export function FigureCard({ label, value, detail, detailDimmed = false, valueTestId }: FigureCardProps) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={valueTestId}>
        {value}
      </Text>
      <Text size="sm" c={detailDimmed ? 'dimmed' : undefined}>
        {detail}
      </Text>
    </Card>
  );
}
