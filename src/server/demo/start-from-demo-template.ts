import type { AppConfig } from '../config';
import { acquireDataDirLock } from '../db/data-dir-lock';
import { createPgliteClusterFromSeededTemplate, pgliteClusterExists } from '../db/open-database';
import { defaultDemoTemplateDir, demoTemplateKey, freshDemoTemplate } from './demo-template';
import { seedDemoInChild } from './seed-demo-in-child';

export interface DemoTemplateStart {
  /** The data folder's lock, held: the server opens its database under it. */
  release: () => void;
  createdUsers: string[];
  seedPid: number;
}

/**
 * A first start on an empty embedded data folder when this build made a fresh demo template: under the
 * folder's lock, the cluster and its evidence files are copied from the template, and the child seeds what
 * depends on the day (seedDemo skips what the template holds) before the server opens the database once.
 * Undefined otherwise (PostgreSQL, a folder already in use, no fresh template): the server then starts as
 * before, with the plain template and the full seed.
 */
export async function startNewDataDirFromDemoTemplate(
  config: Pick<AppConfig, 'database' | 'dataDir' | 'testDemoSeedKillAfterStep'>,
  templateDir: string = defaultDemoTemplateDir,
  /** Tests only: the key the template must have been made for (else this build's, demo-template.ts). */
  key?: string,
): Promise<DemoTemplateStart | undefined> {
  const embedded = config.database;
  if (embedded.kind !== 'pglite' || pgliteClusterExists(embedded.dataDir)) return undefined;
  const template = freshDemoTemplate(templateDir, key ?? demoTemplateKey());
  if (!template) return undefined;
  const release = acquireDataDirLock(embedded.dataDir);
  try {
    await createPgliteClusterFromSeededTemplate(embedded.dataDir, template);
    const seeded = await seedDemoInChild({
      pgliteDataDir: embedded.dataDir,
      dataDir: config.dataDir,
      now: new Date().toISOString(),
      killAfterStep: config.testDemoSeedKillAfterStep,
    });
    return { release, ...seeded };
  } catch (error) {
    release();
    throw error;
  }
}
