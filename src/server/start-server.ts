import { buildApp } from './app';
import type { PatuhApp } from './app-types';
import type { AppConfig } from './config';
import type { MigrationResult } from './db/database';
import { openDatabase } from './db/open-database';

export interface RunningServer {
  app: PatuhApp;
  url: string;
  migrations: MigrationResult;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

export async function startServer(
  config: AppConfig,
  options: { webRoot?: string } = {},
): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  try {
    const migrations = await database.migrate();
    const app = await buildApp({ config, database }, options);
    app.log.info({ database: database.kind, ...migrations }, 'database ready');
    const url = await app.listen({ port: config.port, host: config.host });
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopping ??= app.close().finally(() => database.close());
      return stopping;
    };
    return { app, url, migrations, stop };
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
