import { Command } from 'commander';
import { packageVersion } from '../server/package-info';
import { registerBackupCommands } from './commands/backup';
import { registerBuildCommand } from './commands/build';
import { registerClassifyCommand } from './commands/classify';
import { registerCycleCommand } from './commands/cycle';
import { registerDemoCommand } from './commands/demo';
import { registerExportCommand } from './commands/export';
import { registerMethodologyCommand } from './commands/methodology';
import { registerMigrateCommand } from './commands/migrate';
import { registerPiagamCommand } from './commands/piagam';
import { registerPlanCommand } from './commands/plan';
import { registerRankCommand } from './commands/rank';
import { registerResultsCommand } from './commands/results';
import { registerScoreCommand } from './commands/score';
import { registerServeCommand } from './commands/serve';
import { registerUserCommand } from './commands/user';

/** The whole command tree, without running it: main.ts parses argv; a test compares bin/patuh-help.txt with its help. */
export function buildProgram(): Command {
  const program = new Command('patuh')
    .description(
      'Patuh — penilaian kepatuhan penyelenggaraan pelayanan publik / public-service compliance assessment',
    )
    .version(packageVersion, '-v, --version')
    .showHelpAfterError();

  // Every command the CLI offers, in the order `patuh --help` lists them.
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerBuildCommand(program);
  registerUserCommand(program);
  registerMethodologyCommand(program);
  registerClassifyCommand(program);
  registerRankCommand(program);
  registerScoreCommand(program);
  registerPlanCommand(program);
  registerResultsCommand(program);
  registerCycleCommand(program);
  registerPiagamCommand(program);
  registerExportCommand(program);
  registerDemoCommand(program);
  registerBackupCommands(program);
  return program;
}
