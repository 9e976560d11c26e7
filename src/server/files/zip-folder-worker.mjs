// The worker thread that writes one ZIP archive of files already on disk (see zip-folder-in-worker.ts). Plain
// JavaScript so Node can start it whatever runs the parent (the CLI's tsx loader, vitest, plain node): it loads
// the TypeScript writer through tsx itself.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { writeZip } = await tsImport('./write-zip.ts', import.meta.url);
const { writeChunksToFile } = await tsImport('./write-chunks-to-file.ts', import.meta.url);

const { folder, names, target, modifiedAt, compress } = workerData;
const entries = names.map((name) => ({
  name,
  modifiedAt: new Date(modifiedAt),
  bytes: () => readFile(path.join(folder, name)),
}));
const written = await writeChunksToFile(target, writeZip(entries, { compress }));
parentPort?.postMessage({ ...written, threadId });
