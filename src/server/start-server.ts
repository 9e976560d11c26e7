import { buildApp } from './app';
import type { PatuhApp } from './app-types';
import { commandLineAuditContext } from './audit/audit-context';
import type { AppConfig } from './config';
import type { MigrationResult } from './db/database';
import { openDatabase } from './db/open-database';
import { countUsers } from './db/repositories/users.repository';
import { seedDemo } from './demo/seed-demo';
import { startJobWorker } from './jobs/job-worker';
import { syncReferenceData } from './use-cases/sync-reference-data';

export interface RunningServer {
  app: PatuhApp;
  url: string;
  migrations: MigrationResult;
  /** E-mails of demo accounts created at this start (empty when none were). */
  seededDemoUsers: string[];
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  webRoot?: string;
  /** Seed demo accounts on any engine; without it only an empty embedded database gets them. */
  demo?: boolean;
}

export async function startServer(config: AppConfig, options: StartOptions = {}): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  try {
    const migrations = await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    const isEmptyEmbedded = database.kind === 'pglite' && (await countUsers(database.db)) === 0;
    const seededDemoUsers =
      options.demo || isEmptyEmbedded
        ? (await seedDemo(database.db, config.dataDir, commandLineAuditContext, new Date())).createdUsers
        : [];
    const app = await buildApp({ config, database }, options);
    // Background jobs (bulk documents) resume after a restart; stopped before the database closes.
    const jobWorker = startJobWorker(database.db, config, app.log);
    app.addHook('onClose', () => jobWorker.stop());
    app.log.info({ database: database.kind, ...migrations }, 'database ready');
    const url = await app.listen({ port: config.port, host: config.host });
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopping ??= app.close().finally(() => database.close());
      return stopping;
    };
    return { app, url, migrations, seededDemoUsers, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** SIGTERM (service managers) and SIGINT (Ctrl-C) both end the process cleanly. */
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
