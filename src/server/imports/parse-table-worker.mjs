// The worker thread that reads one spreadsheet (see parse-table-in-worker.ts). Plain JavaScript so Node can
// start it whatever runs the parent (the CLI's tsx loader, vitest, plain node): it loads the TypeScript parser
// through tsx itself, as the CLI does.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { parseTableBytes } = await tsImport('./parse-table-bytes.ts', import.meta.url);
parentPort?.postMessage(
  parseTableBytes(workerData.bytes, workerData.format, workerData.limits, workerData.sheetName),
);
