import { formatLoad, type MachineDescription } from './describe-machine';
import type { BenchFigures } from './scoring.bench';

/**
 * The one table `npm run bench` ends with: the machine, then every bench's summary rows with the target and
 * whether it was met. Plain text with aligned columns, so it can be pasted into docs/performance.md as is.
 */
export function formatSummaryTable(
  figures: BenchFigures[],
  start: MachineDescription,
  end: MachineDescription,
): string[] {
  const minutes = (end.at.getTime() - start.at.getTime()) / 60_000;
  const lines = [
    `Machine: ${start.cpu}, ${start.cores} cores, ${start.memoryGb.toFixed(1)} GB memory, ${start.platform}, Node ${start.node}`,
    `Run:     ${start.at.toISOString()} to ${end.at.toISOString()} (${minutes.toFixed(1)} min)`,
    `Load average (1 / 5 / 15 min): ${formatLoad(start.load)} at start, ${formatLoad(end.load)} at end`,
    '',
  ];
  const rows: string[][] = [['Bench', 'Figure', 'Value', 'Target', 'Met']];
  for (const bench of figures)
    for (const row of bench.summary ?? [])
      rows.push([
        shortName(bench.name),
        row.figure,
        row.value,
        row.target ?? '',
        row.target === undefined ? '' : row.met === undefined ? '?' : row.met ? 'yes' : 'NO',
      ]);
  const missing = figures.filter((bench) => !bench.summary?.length).map((bench) => shortName(bench.name));
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const format = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(' | ')
      .trimEnd();
  lines.push(format(rows[0] ?? []), widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows.slice(1)) lines.push(format(row));
  if (missing.length) lines.push('', `No summary rows: ${missing.join('; ')}`);
  return lines;
}

/** A bench's name up to its first colon or parenthesis: enough to tell the rows apart. */
function shortName(name: string): string {
  return (name.split(/[:(]/)[0] ?? name).trim();
}
