// `npm run bench`: builds, then runs each benchmark in order and prints its figures. Not a test: nothing here
// fails a build.
import { spawnSync } from 'node:child_process';
import { runBulkZipBench } from './bulk-zip.bench';
import { runCliStartUpBench } from './cli-start-up.bench';
import { describeMachine } from './describe-machine';
import { runDocumentsBench } from './documents.bench';
import { runEmbeddedLivenessBench } from './embedded-liveness.bench';
import { formatSummaryTable } from './format-summary-table';
import { runNationalBench } from './national.bench';
import { runNationalBulkZipBench } from './national-bulk-zip.bench';
import { runOfflineFieldWorkBench } from './offline-field-work.bench';
import { runProgressBench } from './progress.bench';
import { runPublicDocumentsBench } from './public-documents.bench';
import { runPublicResultsBench } from './public-results.bench';
import { type BenchFigures, runScoringBench } from './scoring.bench';
import { runSpreadsheetImportBench } from './spreadsheet-import.bench';
import { runWebWeightBench } from './web-weight.bench';

const benches = [
  runCliStartUpBench,
  runScoringBench,
  runPublicResultsBench,
  runDocumentsBench,
  runPublicDocumentsBench,
  runBulkZipBench,
  runEmbeddedLivenessBench,
  runSpreadsheetImportBench,
  runOfflineFieldWorkBench,
  runNationalBench,
  runNationalBulkZipBench,
  runProgressBench,
  runWebWeightBench,
];

const start = describeMachine();
// The web, offline and start-up benches run `patuh serve --no-build`: build first, so a fresh clone measures
// what `npm start` serves (the web build, the server bundle and the database templates).
const buildStarted = performance.now();
const build = spawnSync(process.execPath, ['bin/patuh.js', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error(
    `patuh build failed (exit ${build.status ?? build.signal}): no figure would measure this tree`,
  );
  process.exit(1);
}
console.log(`patuh build: ${((performance.now() - buildStarted) / 1000).toFixed(0)} s`);
const results: BenchFigures[] = [];
for (const bench of benches) {
  // One bench failing (a port taken, no browser) must not lose the others' figures.
  const figures = await bench().catch(
    (error: unknown): BenchFigures => ({
      name: `${bench.name}: FAILED`,
      lines: [error instanceof Error ? (error.stack ?? error.message) : String(error)],
    }),
  );
  results.push(figures);
  console.log(`\n${figures.name}`);
  for (const line of figures.lines) console.log(`  ${line}`);
}

console.log('\nSummary');
for (const line of formatSummaryTable(results, start, describeMachine())) console.log(`  ${line}`);
