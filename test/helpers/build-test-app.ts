import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import { seedDemoUsers } from '../../src/server/use-cases/seed-demo-users';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import type { TestEngine } from './test-database';

export interface TestApp {
  app: PatuhApp;
  database: DatabaseConnection;
  /** The app's PATUH_DATA_DIR (stored files, resumable uploads), removed on close. */
  dataDir: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Seed the demo accounts (one per role) before the app starts. */
  withDemoUsers?: boolean;
  /** Extra environment variables for the app's configuration, e.g. PATUH_TRUST_PROXY. */
  environment?: Record<string, string>;
  /** Add routes before the app is sealed, e.g. a route that fails on purpose. */
  extend?: (app: PatuhApp) => void;
  /** The app's clock instead of the system clock (see test-clock.ts), for tests that depend on the date. */
  clock?: () => Date;
}

/** The real application on a fresh, migrated database of the given engine, driven through `app.inject`. */
export async function buildTestApp(engine: TestEngine, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await engine.open();
  await database.migrate();
  await syncReferenceData(database.db, commandLineAuditContext);
  if (options.withDemoUsers) await seedDemoUsers(database.db, commandLineAuditContext);
  // Stored files (uploads) go to a folder of this app alone, never to the working copy's ./data.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-test-app-'));
  const environment = { LOG_LEVEL: 'silent', PATUH_DATA_DIR: dataDir, ...options.environment };
  const config = loadConfig(environment);
  const app = await buildApp({
    config: options.clock ? { ...config, clock: options.clock } : config,
    database,
  });
  options.extend?.(app);
  await app.ready();
  return {
    app,
    database,
    dataDir,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
