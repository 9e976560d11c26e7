import { buildApp } from './app';
import type { PatuhApp } from './app-types';
import { commandLineAuditContext } from './audit/audit-context';
import { clockOf } from './clock';
import type { AppConfig } from './config';
import type { DatabaseConnection, MigrationResult } from './db/database';
import { openDatabase } from './db/open-database';
import { canCurrentRoleAlterAuditLog } from './db/repositories/database-roles.repository';
import { countUsers } from './db/repositories/users.repository';
import { readDemoSeedPending } from './demo/demo-seed-pending';
import { seedDemo } from './demo/seed-demo';
import { seedDemoInChild } from './demo/seed-demo-in-child';
import { startNewDataDirFromDemoTemplate } from './demo/start-from-demo-template';
import { createDocumentRendererFor } from './documents/document-renderer';
import { prepareDrainingStop } from './drain-on-stop';
import { closePerceptualHashPool } from './evidence/perceptual-hash-pool';
import { startJobWorker } from './jobs/job-worker';
import { startNoticeDigestJob } from './notifications/notice-digest-job';
import { syncReferenceData } from './use-cases/sync-reference-data';

export interface RunningServer {
  app: PatuhApp;
  url: string;
  migrations: MigrationResult;
  /** E-mails of demo accounts created at this start (empty when none were). */
  seededDemoUsers: string[];
  /** The process that ran this start's demo seed: a child on an embedded data folder; absent without a seed. */
  demoSeedPid?: number | undefined;
  /**
   * Stops accepting connections, lets in-flight requests finish (within PATUH_SHUTDOWN_TIMEOUT_SECONDS, else
   * rejects with ShutdownTimeoutError), then closes the database.
   */
  stop(): Promise<void>;
}

export interface StartOptions {
  webRoot?: string;
  /** Seed demo accounts on any engine; without it only an empty embedded database gets them. */
  demo?: boolean;
}

export async function startServer(config: AppConfig, options: StartOptions = {}): Promise<RunningServer> {
  const fromTemplate = await startNewDataDirFromDemoTemplate(config);
  let database = await openDatabase(
    config.database,
    fromTemplate ? { dataDirLock: { release: fromTemplate.release } } : {},
  );
  try {
    const migrations = await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    // A copy of the demo template keeps its pending mark until a start's seed has finished (crash safety).
    const needsDemo =
      !fromTemplate &&
      (options.demo ||
        (database.kind === 'pglite' &&
          ((await countUsers(database.db)) === 0 || (await readDemoSeedPending(database.db)) !== undefined)));
    let seededDemoUsers: string[] = fromTemplate?.createdUsers ?? [];
    let demoSeedPid: number | undefined = fromTemplate?.seedPid;
    if (needsDemo && config.database.kind === 'pglite' && database.closeKeepingLock) {
      const seeded = await seedEmbeddedInChild(config.database, config, database.closeKeepingLock);
      database = seeded.database;
      seededDemoUsers = seeded.createdUsers;
      demoSeedPid = seeded.seedPid;
    } else if (needsDemo) {
      seededDemoUsers = (
        await seedDemo(database.db, config.dataDir, commandLineAuditContext, new Date(), {
          afterStep: killAfterSeedStep(config.testDemoSeedKillAfterStep),
        })
      ).createdUsers;
      demoSeedPid = process.pid;
    }
    // One render pool and document store for the public routes and the bulk job worker.
    const renderer = createDocumentRendererFor(database.db, config, (error) =>
      app.log.error({ err: error }, 'document store failed'),
    );
    const app = await buildApp({ config, database, renderer }, options);
    // Background jobs (bulk documents) resume after a restart; stopped before the database closes.
    const jobWorker = startJobWorker(database.db, config, app.log, { renderer });
    // Notice digests by e-mail, only when SMTP is configured; on the server's clock.
    const digestJob = startNoticeDigestJob(database.db, config, app.log, clockOf(config));
    app.addHook('onClose', async () => {
      await digestJob?.stop();
      await jobWorker.stop();
      await renderer.close();
      await closePerceptualHashPool();
    });
    app.log.info({ database: database.kind, ...migrations }, 'database ready');
    if (demoSeedPid !== undefined) app.log.info({ demoSeedPid }, 'demo data seeded');
    // An owner (or superuser) could switch off the audit trail's triggers: say so until the roles are split.
    if (database.kind === 'postgres' && (await canCurrentRoleAlterAuditLog(database.db)))
      app.log.warn(
        'The app connects to PostgreSQL as the owner of the tables (or a superuser), so it could switch off the ' +
          'append-only audit trail. Run migrations as the owner with PATUH_MIGRATION_DATABASE_URL and connect ' +
          'the app with DATABASE_URL as a role with data rights only (README, "Database roles").',
      );
    const stop = prepareDrainingStop(app, database, config.shutdownTimeoutMs);
    const url = await app.listen({ port: config.port, host: config.host });
    return { app, url, migrations, seededDemoUsers, demoSeedPid, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * The embedded database's demo seed runs in a child (seed-demo-in-child.ts) while this process keeps the data
 * folder's lock with its own database closed, then reopens it under the same lock.
 */
async function seedEmbeddedInChild(
  embedded: { kind: 'pglite'; dataDir: string },
  config: Pick<AppConfig, 'dataDir' | 'testDemoSeedKillAfterStep'>,
  closeKeepingLock: () => Promise<() => void>,
): Promise<{ createdUsers: string[]; seedPid: number; database: DatabaseConnection }> {
  const release = await closeKeepingLock();
  let seeded: { createdUsers: string[]; seedPid: number };
  try {
    seeded = await seedDemoInChild({
      pgliteDataDir: embedded.dataDir,
      dataDir: config.dataDir,
      now: new Date().toISOString(),
      killAfterStep: config.testDemoSeedKillAfterStep,
    });
  } catch (error) {
    release();
    throw error;
  }
  return { ...seeded, database: await openDatabase(embedded, { dataDirLock: { release } }) };
}

/** Tests only: a kill -9 of the first start in the middle of its demo seed, at a step they choose. */
function killAfterSeedStep(step: number | undefined): ((done: number) => void) | undefined {
  if (step === undefined) return undefined;
  return (done) => {
    if (done === step) process.kill(process.pid, 'SIGKILL');
  };
}

/**
 * SIGTERM (service managers) and SIGINT (Ctrl-C) both end the process: cleanly (0) once drained, or (1) when
 * the drain outlives PATUH_SHUTDOWN_TIMEOUT_SECONDS. A second Ctrl-C ends it at once.
 */
export function stopOnSignals(server: RunningServer): void {
  const onSignal = (signal: NodeJS.Signals): void => {
    server.app.log.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
