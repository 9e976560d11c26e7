// `npm run bench`: runs each benchmark in order and prints its figures. Not a test: nothing here fails a build.
import { runBulkZipBench } from './bulk-zip.bench';
import { runCliStartUpBench } from './cli-start-up.bench';
import { runDocumentsBench } from './documents.bench';
import { runEmbeddedLivenessBench } from './embedded-liveness.bench';
import { runNationalBench } from './national.bench';
import { runOfflineFieldWorkBench } from './offline-field-work.bench';
import { runPublicDocumentsBench } from './public-documents.bench';
import { runPublicResultsBench } from './public-results.bench';
import { runScoringBench } from './scoring.bench';
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
  runWebWeightBench,
];

for (const bench of benches) {
  const figures = await bench();
  console.log(`\n${figures.name}`);
  for (const line of figures.lines) console.log(`  ${line}`);
}
