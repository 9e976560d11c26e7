import type { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open-database';
import { runCommand } from '../run-command';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Terapkan migrasi basis data / apply database migrations')
    .action(() =>
      runCommand(async () => {
        const config = loadConfig();
        const database = await openDatabase(config.database);
        try {
          const { applied, total } = await database.migrate();
          console.log(
            `${database.kind}: ${applied} migrasi diterapkan, ${total} total / ${applied} migrations applied, ${total} in total`,
          );
        } finally {
          await database.close();
        }
      }),
    );
}
