import type { Command } from 'commander';
import { createUserRequestSchema } from '../../contracts/users.contract';
import { roles } from '../../core/access/roles';
import { commandLineAuditContext } from '../../server/audit/audit-context';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open-database';
import { DomainError } from '../../server/errors';
import { createUser } from '../../server/use-cases/create-user';
import { resetUserPassword } from '../../server/use-cases/reset-user-password';
import { syncReferenceData } from '../../server/use-cases/sync-reference-data';
import { runCommand } from '../run-command';

interface CreateOptions {
  email: string;
  name?: string;
  role: string;
  province: string[];
  entity?: string;
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('Kelola akun pengguna / manage user accounts');
  user
    .command('create')
    .description(
      'Buat akun dan cetak kata sandi sekali pakai / create an account and print a one-time password',
    )
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--role <role>', roles.join(' | '))
    .option('--name <name>', 'display name (default: the e-mail address)')
    .option('--province <code>', 'Kemendagri province code, repeatable (e.g. 16)', collect, [])
    .option('--entity <code>', 'entity code for a liaison (e.g. 16.06)')
    .action((options: CreateOptions) => runCommand(() => createFromCommandLine(options)));
  user
    .command('reset-password')
    .description(
      'Cetak kata sandi sekali pakai baru (wajib diganti saat masuk) / print a new one-time password that must be changed at the next sign-in',
    )
    .requiredOption('--email <email>', 'e-mail address of the account')
    .action((options: { email: string }) => runCommand(() => resetFromCommandLine(options.email)));
}

async function resetFromCommandLine(email: string): Promise<void> {
  const database = await openDatabase(loadConfig().database);
  try {
    await database.migrate();
    const { oneTimePassword } = await resetUserPassword(
      database.db,
      undefined,
      { email },
      commandLineAuditContext,
    );
    console.log(`Kata sandi diatur ulang / password reset: ${email.toLowerCase()}`);
    console.log(`Kata sandi sekali pakai / one-time password: ${oneTimePassword}`);
    console.log('Wajib diganti saat masuk berikutnya / must be changed at the next sign-in.');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`${error.bilingualMessage.id}\n${error.bilingualMessage.en}`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

async function createFromCommandLine(options: CreateOptions): Promise<void> {
  const parsed = createUserRequestSchema.safeParse({
    email: options.email,
    name: options.name ?? options.email,
    role: options.role,
    scope: { provinceCodes: options.province, entityCode: options.entity ?? null },
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    process.exitCode = 1;
    return;
  }
  const database = await openDatabase(loadConfig().database);
  try {
    await database.migrate();
    // A liaison's entity must exist: on a fresh data directory the regional governments come from here.
    await syncReferenceData(database.db, commandLineAuditContext);
    const { user, oneTimePassword } = await createUser(
      database.db,
      undefined,
      parsed.data,
      commandLineAuditContext,
    );
    console.log(`Akun dibuat / account created: ${user.email} (${user.role})`);
    console.log(`Kata sandi sekali pakai / one-time password: ${oneTimePassword}`);
    console.log('Wajib diganti saat pertama masuk / must be changed at first sign-in.');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`${error.bilingualMessage.id}\n${error.bilingualMessage.en}`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
