import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import type { TestEngine } from './test-database';

export interface TestApp {
  app: PatuhApp;
  database: DatabaseConnection;
  close(): Promise<void>;
}

/** The real application on a fresh, migrated database of the given engine, driven through `app.inject`. */
export async function buildTestApp(engine: TestEngine): Promise<TestApp> {
  const database = await engine.open();
  await database.migrate();
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
