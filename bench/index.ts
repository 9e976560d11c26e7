// `npm run bench`: runs each benchmark in order and prints its figures. Not a test: nothing here fails a build.
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
