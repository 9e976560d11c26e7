import { spawn } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../project-paths';
import type { DemoSeedOutcome } from './seed-demo';

/** The argument after which `patuh` runs the seed child (src/cli/main.ts); not a command of its help. */
export const seedDemoChildArgument = '--internal-seed-demo-child';

export const seedDemoJobSchema = z.object({
  /** The embedded database's folder (config.database.dataDir), locked by the parent while the child runs. */
  pgliteDataDir: z.string().min(1),
  /** Where evidence files go (config.dataDir). */
  dataDir: z.string().min(1),
  /** The start's moment, ISO 8601: the seed's dates are relative to it, as when it ran in the server. */
  now: z.string().datetime(),
  /** Tests only (PATUH_TEST_DEMO_SEED_KILL_AFTER_STEP): kill -9 of the server and the child after that step. */
  killAfterStep: z.number().int().optional(),
});
export type SeedDemoJob = z.infer<typeof seedDemoJobSchema>;

export const seedDemoReplySchema = z.object({
  createdUsers: z.array(z.string()),
  seedPid: z.number().int(),
});

export interface ChildSeedOutcome extends DemoSeedOutcome {
  /** The process that seeded: never the server's own. */
  seedPid: number;
}

const cliPath = path.join(projectRoot, 'bin', 'patuh.js');

/**
 * The first start's demo seed (~3,000 statements) in a short-lived process, as initdb runs in one
 * (create-pglite-cluster.mjs): its garbage and the WebAssembly memory its queries grew would otherwise stay
 * resident in the server for its lifetime. The caller holds the data folder's lock and has closed its own
 * database: PGlite is single-process. The child exits as soon as this process ends (its IPC channel closes).
 */
export function seedDemoInChild(job: SeedDemoJob): Promise<ChildSeedOutcome> {
  return new Promise<ChildSeedOutcome>((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, seedDemoChildArgument, JSON.stringify(job)], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let errors = '';
    let reply: ChildSeedOutcome | undefined;
    child.stderr?.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-2000);
    });
    child.on('message', (message: unknown) => {
      const parsed = seedDemoReplySchema.safeParse(message);
      if (parsed.success) reply = parsed.data;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && reply) resolve(reply);
      else
        reject(
          new Error(
            `pengisian data demo gagal / seeding the demo data failed (exit ${code ?? signal}): ${errors}`,
          ),
        );
    });
  });
}
