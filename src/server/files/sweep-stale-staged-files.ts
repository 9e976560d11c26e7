import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { incomingDirectory } from './stage-upload-stream';

/**
 * A staged upload older than this was left by a process that died mid-request (a live request removes its own
 * files when it answers); it is far past any request time-out, so another app process sharing the data dir
 * is never still writing it.
 */
export const staleStagedFileMs = 24 * 60 * 60 * 1000;

/** Removes the `.part` files of `<dataDir>/incoming` last written before `now - staleStagedFileMs`. */
export async function sweepStaleStagedFiles(dataDir: string, now: Date): Promise<number> {
  const directory = incomingDirectory(dataDir);
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.endsWith('.part')) continue;
    const file = path.join(directory, name);
    const written = await stat(file).then(
      (stats) => stats.mtimeMs,
      () => undefined,
    );
    if (written === undefined || now.getTime() - written < staleStagedFileMs) continue;
    await rm(file, { force: true });
    removed += 1;
  }
  return removed;
}
