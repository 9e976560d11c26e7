import path from 'node:path';
import type { Command } from 'commander';
import { restoreBackup } from '../../server/backup/restore-backup';
import { writeBackup } from '../../server/backup/write-backup';
import { loadConfig } from '../../server/config';
import { DomainError } from '../../server/errors';
import { runCommand } from '../run-command';

/** Progress goes to stderr so stdout keeps only the result line. */
const progress = (message: string): void => {
  console.error(`… ${message}`);
};

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'Cadangkan basis data dan berkas unggahan ke satu berkas / back up the database and uploaded files to one file',
    )
    .requiredOption('--out <file>', 'berkas cadangan / backup file (.tar.gz)')
    .action((options: { out: string }) =>
      runCommand(() =>
        explainingDomainErrors(async () => {
          const outcome = await writeBackup(loadConfig(), path.resolve(options.out), progress, new Date());
          const { manifest } = outcome;
          console.log(
            `${manifest.engine}: cadangan / backup ${options.out} (${outcome.sizeBytes} B, ${manifest.migrations.level} migrasi / migrations, ${manifest.files} berkas / files)`,
          );
        }),
      ),
    );
  program
    .command('restore')
    .description(
      'Pulihkan cadangan ke basis data dan direktori data kosong / restore a backup into an empty database and data directory',
    )
    .requiredOption('--file <file>', 'berkas cadangan / backup file')
    .option('--force', 'timpa data yang ada / replace existing data', false)
    .action((options: { file: string; force: boolean }) =>
      runCommand(() =>
        explainingDomainErrors(async () => {
          const outcome = await restoreBackup(
            loadConfig(),
            path.resolve(options.file),
            { force: options.force },
            progress,
          );
          console.log(
            `${outcome.manifest.engine}: dipulihkan / restored ${options.file} (${outcome.files} berkas / files, ${outcome.migrationsApplied} migrasi baru / new migrations)`,
          );
        }),
      ),
    );
}

async function explainingDomainErrors(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`${error.bilingualMessage.id}\n${error.bilingualMessage.en}`);
    process.exitCode = 1;
  }
}
