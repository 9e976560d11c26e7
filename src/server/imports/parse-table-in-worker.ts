import { Worker } from 'node:worker_threads';
import {
  defaultTableFileLimits,
  maxConcurrentTableParses,
  parseWorkerHeapMegabytes,
  type TableFileLimits,
} from './table-file-limits';
import type { TableGridResult } from './table-grid';

const workerUrl = new URL('./parse-table-worker.mjs', import.meta.url);
let running = 0;
const waiting: (() => void)[] = [];

/**
 * Runs `parseTableBytes` in a worker thread of its own, so however long a file takes to read the server keeps
 * answering (`/api/health/live` included). At most `maxConcurrentTableParses` run at once, the rest queue; a
 * worker past `maxParseMilliseconds` is stopped and one past its heap limit dies, both answered as a file too
 * large to read. Each file gets a fresh worker, so its memory is returned when it ends.
 */
export async function parseTableInWorker(
  bytes: Uint8Array,
  format: 'csv' | 'xlsx',
  limits: TableFileLimits = defaultTableFileLimits,
  sheetName?: string,
): Promise<TableGridResult> {
  await takeTurn();
  try {
    return await runWorker(bytes, format, limits, sheetName);
  } finally {
    // Hand the slot to the next file waiting, or free it.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

async function takeTurn(): Promise<void> {
  if (running < maxConcurrentTableParses) {
    running += 1;
    return;
  }
  // The slot is handed over by a finishing parse: `running` already counts this one.
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function runWorker(
  bytes: Uint8Array,
  format: 'csv' | 'xlsx',
  limits: TableFileLimits,
  sheetName: string | undefined,
): Promise<TableGridResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: { bytes, format, limits, sheetName },
      resourceLimits: { maxOldGenerationSizeMb: parseWorkerHeapMegabytes },
      // The parent's loader flags (e.g. vitest's) mean nothing to the worker; it loads tsx itself.
      execArgv: [],
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => resolve(tooCostly('maxParseMilliseconds', limits))),
      limits.maxParseMilliseconds,
    );
    worker.once('message', (result: TableGridResult) => settle(() => resolve(result)));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? resolve(tooCostly('parseWorkerHeapMegabytes', limits))
          : reject(error),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the spreadsheet worker exited with code ${code} before answering`))),
    );
  });
}

function tooCostly(limit: string, limits: TableFileLimits): TableGridResult {
  const seconds = Math.round(limits.maxParseMilliseconds / 1000);
  return {
    ok: false,
    failure: {
      kind: 'too-large',
      limit,
      row: 0,
      column: '',
      message:
        limit === 'maxParseMilliseconds'
          ? {
              id: `Berkas tidak selesai dibaca dalam batas ${seconds} detik. Pecah berkas menjadi beberapa bagian.`,
              en: `The file could not be read within the limit of ${seconds} seconds. Split it into several files.`,
            }
          : {
              id: `Membaca berkas memerlukan lebih dari batas ${parseWorkerHeapMegabytes} MB memori. Pecah berkas menjadi beberapa bagian.`,
              en: `Reading the file needs more than the limit of ${parseWorkerHeapMegabytes} MB of memory. Split it into several files.`,
            },
    },
  };
}
