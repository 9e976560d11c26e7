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

/** Who holds the lock: a PID alone is reused (PID 1 in every container), so its start and boot name it too. */
export interface LockOwner {
  pid: number;
  /** Clock ticks after boot at which the process started (/proc/<pid>/stat field 22); absent off Linux. */
  startTicks?: string | undefined;
  /** /proc/sys/kernel/random/boot_id: start ticks restart from zero at each boot. */
  bootId?: string | undefined;
}

/** Lock files this process holds now: the one case where "the PID is ours" means "in use", not "stale". */
const heldByThisProcess = new Set<string>();

/**
 * PGlite is single-process: a second process opening the same files would corrupt them, so the data
 * directory is claimed with an exclusive lock file naming its owner (PID, start time, boot). A lock whose
 * owner no longer runs (a crash, kill -9, a reboot, or a PID now used by another process, ours included)
 * is taken over; a live owner is refused.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.resolve(dataDir, lockFileName);
  if (heldByThisProcess.has(lockPath)) throw new DataDirLockedError(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify({ ...describeProcess(process.pid), since: new Date() }), {
        flag: 'wx',
      });
      heldByThisProcess.add(lockPath);
      return createRelease(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockPath);
      if (owner && isOwnerRunning(owner)) throw new DataDirLockedError(dataDir, owner.pid);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not acquire ${lockPath}`);
}

/**
 * For a child the lock holder started to work on the data directory while it waits (the first start's demo
 * seed): true only when the lock names that parent, still running, so the child never opens files another
 * process might also open.
 */
export function isDataDirLockHeldByParent(dataDir: string): boolean {
  const owner = readOwner(path.resolve(dataDir, lockFileName));
  return owner !== undefined && owner.pid === process.ppid && isOwnerRunning(owner);
}

/** The identity of a running process as recorded in a lock file. */
export function describeProcess(pid: number): LockOwner {
  return { pid, startTicks: readStartTicks(pid), bootId: readBootId() };
}

/**
 * Whether the lock's owner still runs. Our own PID in a lock we do not hold is a previous process that had
 * it (a container restarted after kill -9 is PID 1 again). Another PID must be alive and, where /proc tells,
 * have started at the recorded moment of the same boot.
 */
export function isOwnerRunning(owner: LockOwner): boolean {
  if (owner.pid === process.pid) return false;
  if (!isProcessAlive(owner.pid)) return false;
  const now = describeProcess(owner.pid);
  if (owner.bootId && now.bootId && owner.bootId !== now.bootId) return false;
  if (owner.startTicks && now.startTicks && owner.startTicks !== now.startTicks) return false;
  return true;
}

function createRelease(lockPath: string): () => void {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.off('exit', release);
    heldByThisProcess.delete(lockPath);
    if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  return release;
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const content = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Record<string, unknown>;
    if (typeof content.pid !== 'number') return undefined;
    return {
      pid: content.pid,
      startTicks: typeof content.startTicks === 'string' ? content.startTicks : undefined,
      bootId: typeof content.bootId === 'string' ? content.bootId : undefined,
    };
  } catch {
    return undefined;
  }
}

function readStartTicks(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command) may hold spaces and parentheses: count fields after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

function readBootId(): string | undefined {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
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
