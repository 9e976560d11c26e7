import fs from 'node:fs';
import path from 'node:path';

const lockFileName = 'patuh.lock';

export class DataDirLockedError extends Error {
  constructor(dataDir: string, ownerPid: number) {
    super(
      `Direktori data ${dataDir} sedang dipakai oleh proses Patuh lain (PID ${ownerPid}). ` +
        `Hentikan proses itu atau pakai PATUH_DATA_DIR lain.\n` +
        `The data directory ${dataDir} is in use by another Patuh process (PID ${ownerPid}). ` +
        'Stop that process or set a different PATUH_DATA_DIR.',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * PGlite is single-process: a second process opening the same files would corrupt them, so the data
 * directory is claimed with an exclusive lock file holding the owner's PID. A lock left by a process that
 * no longer runs (a crash, kill -9) is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), {
        flag: 'wx',
      });
      return createRelease(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const ownerPid = readOwnerPid(lockPath);
      if (ownerPid !== undefined && isProcessAlive(ownerPid)) {
        throw new DataDirLockedError(dataDir, ownerPid);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not acquire ${lockPath}`);
}

function createRelease(lockPath: string): () => void {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readOwnerPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  return release;
}

function readOwnerPid(lockPath: string): number | undefined {
  try {
    const content = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { pid?: unknown };
    return typeof content.pid === 'number' ? content.pid : undefined;
  } catch {
    return undefined;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
