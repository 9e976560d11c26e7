import type { HealthResponse } from '../../contracts/health.contract';
import type { DatabaseConnection } from '../db/database';
import { countAppliedMigrations } from '../db/repositories/migrations.repository';
import { packageVersion } from '../package-info';

export async function getHealth(database: DatabaseConnection): Promise<HealthResponse> {
  return {
    status: 'ok',
    database: database.kind,
    migrations: await countAppliedMigrations(database.db),
    version: packageVersion,
  };
}
