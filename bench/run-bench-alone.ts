import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './describe-machine';
import { formatSummaryTable } from './format-summary-table';
import type { BenchFigures } from './scoring.bench';

/**
 * `npx tsx bench/<name>.bench.ts`: runs that bench alone when its file is the entry point (not when
 * bench/index.ts imports it), printing its lines and its summary rows with the machine, as `npm run bench` does.
 */
export async function runBenchAlone(moduleUrl: string, bench: () => Promise<BenchFigures>): Promise<void> {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  const start = describeMachine();
  const figures = await bench();
  console.log(figures.name);
  for (const line of figures.lines) console.log(`  ${line}`);
  console.log('');
  for (const line of formatSummaryTable([figures], start, describeMachine())) console.log(line);
}
