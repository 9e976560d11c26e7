import { commandLineAuditContext } from '../audit/audit-context';
import { openDatabase } from '../db/open-database';
import { seedDemo } from './seed-demo';
import { seedDemoJobSchema } from './seed-demo-in-child';

/**
 * The child side of seed-demo-in-child.ts: opens the embedded database its parent locked (and closed), seeds,
 * closes, replies over IPC and exits. Without its parent it stops at once: a parent killed mid-seed no longer
 * holds the lock, and a restart must not find this process still writing.
 */
export async function runSeedDemoChild(jobJson: string | undefined): Promise<void> {
  const onParentGone = (): void => {
    process.kill(process.pid, 'SIGKILL');
  };
  process.on('disconnect', onParentGone);
  const job = seedDemoJobSchema.parse(JSON.parse(jobJson ?? ''));
  const database = await openDatabase(
    { kind: 'pglite', dataDir: job.pgliteDataDir },
    { dataDirLock: 'held-by-parent' },
  );
  let createdUsers: string[];
  try {
    ({ createdUsers } = await seedDemo(database.db, job.dataDir, commandLineAuditContext, new Date(job.now), {
      afterStep: killAfterStep(job.killAfterStep),
    }));
  } finally {
    await database.close();
  }
  await new Promise<void>((resolve, reject) => {
    if (!process.send) return reject(new Error('run only by seedDemoInChild, with an IPC channel'));
    process.send({ createdUsers, seedPid: process.pid }, (error: Error | null) =>
      error ? reject(error) : resolve(),
    );
  });
  process.off('disconnect', onParentGone);
  process.disconnect?.();
}

/** Tests only: the kill -9 of the server's first start in the middle of its seed, this child with it. */
function killAfterStep(step: number | undefined): ((done: number) => void) | undefined {
  if (step === undefined) return undefined;
  return (done) => {
    if (done !== step) return;
    process.kill(process.ppid, 'SIGKILL');
    process.kill(process.pid, 'SIGKILL');
  };
}
