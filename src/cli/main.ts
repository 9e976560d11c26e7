import { Command } from 'commander';
import { packageVersion } from '../server/package-info';
import { registerBuildCommand } from './commands/build';
import { registerMigrateCommand } from './commands/migrate';
import { registerServeCommand } from './commands/serve';
import { registerUserCommand } from './commands/user';

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

await program.parseAsync(process.argv);
