import { describe, expect, it } from 'vitest';
import type { MachineDescription } from '../../../bench/describe-machine';
import { formatSummaryTable } from '../../../bench/format-summary-table';

const machine = (at: string, load: MachineDescription['load']): MachineDescription => ({
  cpu: 'Test CPU @ 2.0GHz',
  cores: 2,
  memoryGb: 8,
  node: 'v20.0.0',
  platform: 'Linux 6.0 x64',
  load,
  at: new Date(at),
});

describe('the npm run bench summary table', () => {
  const lines = formatSummaryTable(
    [
      {
        name: 'National cycle (issue #19): load and finalise',
        lines: ['not in the table'],
        summary: [
          { figure: 'finalise (pglite)', value: '9.2 s', target: '≤ 20 s', met: true },
          { figure: 'finalise peak RSS', value: '1200 MB', target: '≤ 1024 MB', met: false },
          { figure: 'snapshot storage', value: '12 MB', target: '≤ 30 MB' },
          { figure: 'rows loaded', value: '500,000' },
        ],
      },
      { name: 'CLI start-up (median of 7 runs)', lines: ['no summary'] },
    ],
    machine('2026-01-01T10:00:00Z', [2, 1.5, 1]),
    machine('2026-01-01T10:30:00Z', [12, 8, 4]),
  );

  it('describes the machine and its load at start and end', () => {
    expect(lines[0]).toBe('Machine: Test CPU @ 2.0GHz, 2 cores, 8.0 GB memory, Linux 6.0 x64, Node v20.0.0');
    expect(lines[1]).toContain('(30.0 min)');
    expect(lines[2]).toBe(
      'Load average (1 / 5 / 15 min): 2.00 / 1.50 / 1.00 at start, 12.00 / 8.00 / 4.00 at end',
    );
  });

  it('has one row per summary figure, saying whether each target is met', () => {
    const row = (figure: string) =>
      lines
        .find((line) => line.includes(figure))
        ?.split('|')
        .map((cell) => cell.trim());
    expect(row('finalise (pglite)')).toEqual([
      'National cycle',
      'finalise (pglite)',
      '9.2 s',
      '≤ 20 s',
      'yes',
    ]);
    expect(row('finalise peak RSS')?.at(-1)).toBe('NO');
    // A target the bench could not judge is marked as unknown, and a figure without a target has no verdict.
    expect(row('snapshot storage')?.at(-1)).toBe('?');
    expect(row('rows loaded')?.slice(3)).toEqual(['', '']);
    expect(lines.filter((line) => line.includes('not in the table'))).toEqual([]);
  });

  it('names the benches that gave no summary rows', () => {
    expect(lines.at(-1)).toBe('No summary rows: CLI start-up');
  });
});
