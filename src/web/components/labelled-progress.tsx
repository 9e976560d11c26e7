import { Progress } from '@mantine/core';

interface LabelledProgressProps {
  /** 0–100. */
  value: number;
  /** The id of the visible text that names the bar. */
  labelledBy: string;
  /** What a screen reader says instead of a bare percentage, e.g. "17/30 responden". */
  valueText: string;
  color?: string;
}

/**
 * A progress bar named by a visible label and read out in words. Mantine's `Progress` puts extra aria
 * attributes on its outer box, which has no role (axe: aria-allowed-attr, critical), and always reads
 * "56.666666666666664%"; here the progressbar itself carries the name and the value text.
 */
export function LabelledProgress({ value, labelledBy, valueText, color }: LabelledProgressProps) {
  return (
    <Progress.Root>
      <Progress.Section
        value={value}
        color={color}
        withAria={false}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(value)}
        aria-valuetext={valueText}
        aria-labelledby={labelledBy}
      />
    </Progress.Root>
  );
}
