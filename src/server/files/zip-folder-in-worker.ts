import { Worker } from 'node:worker_threads';

export interface ZipFolderRequest {
  /** Folder the archive's names are relative to. */
  folder: string;
  /** Paths inside the archive ("/"-separated), in archive order; each is a file under `folder`. */
  names: string[];
  /** The archive's path; written as `<target>.part` then renamed (write-chunks-to-file.ts). */
  target: string;
  modifiedAt: Date;
  compress: boolean;
}

export interface ZipFolderResult {
  sizeBytes: number;
  sha256: string;
  /** The worker thread that wrote it (never the caller's: tests prove the event loop was left free). */
  threadId: number;
}

const workerUrl = new URL('./zip-folder-worker.mjs', import.meta.url);
/** One archive streams through at a time (one PDF in memory); a national ZIP needs far less than this. */
const zipWorkerHeapMegabytes = 256;

/**
 * Writes a ZIP of files on disk in a worker thread of its own. Deflating, CRC-32 and hashing thousands of PDFs
 * took seconds of the server's thread (a bulk piagam ZIP froze the embedded server); here `/api/health/live`
 * keeps answering meanwhile. A fresh worker per archive, so its memory is returned when it ends.
 */
export function zipFolderInWorker(request: ZipFolderRequest): Promise<ZipFolderResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: { ...request, modifiedAt: request.modifiedAt.getTime() },
      resourceLimits: { maxOldGenerationSizeMb: zipWorkerHeapMegabytes },
      // The parent's loader flags (e.g. vitest's) mean nothing to the worker; it loads tsx itself.
      execArgv: [],
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      outcome();
    };
    worker.once('message', (result: ZipFolderResult) => settle(() => resolve(result)));
    worker.once('error', (error: Error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the ZIP worker exited with code ${code} before answering`))),
    );
  });
}
