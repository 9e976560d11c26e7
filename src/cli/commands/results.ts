import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { ImportProblem } from '../../contracts/results.contract';
import { commandLineAuditContext } from '../../server/audit/audit-context';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open-database';
import { DomainError } from '../../server/errors';
import { problemsToCsv } from '../../server/results/problems-to-csv';
import { importResults } from '../../server/use-cases/import-results';
import { syncReferenceData } from '../../server/use-cases/sync-reference-data';
import { runCommand } from '../run-command';

interface ImportOptions {
  file: string;
  embargo?: string;
  decreeNumber?: string;
  decreeDate?: string;
  dryRun?: boolean;
  errors?: string;
}

export function registerResultsCommand(program: Command): void {
  const results = program
    .command('results')
    .description('Hasil penilaian yang dipublikasikan / published results');
  results
    .command('import')
    .description(
      'Impor hasil tahun-tahun sebelumnya (CSV/XLSX: year, entity_code, score, …) / import past published results',
    )
    .requiredOption('--file <file>', '.csv or .xlsx')
    .option('--embargo <datetime>', 'public from (ISO 8601, e.g. 2024-11-14T10:00:00+07:00); default: now')
    .option('--decree-number <text>', 'decree fixing the results, e.g. "SK 252/2024"')
    .option('--decree-date <yyyy-mm-dd>', 'date of the decree')
    .option('--dry-run', 'check and report without writing')
    .option('--errors <file>', 'when the file is rejected, write its problems to this CSV')
    .action((options: ImportOptions) => runCommand(() => importFromCommandLine(options)));
}

async function importFromCommandLine(options: ImportOptions): Promise<void> {
  const embargoAt = options.embargo ? new Date(options.embargo) : undefined;
  if (embargoAt && Number.isNaN(embargoAt.getTime())) {
    console.error(`--embargo: tanggal-waktu tidak valid / invalid date-time "${options.embargo}"`);
    process.exitCode = 1;
    return;
  }
  const content = await readFile(options.file);
  const database = await openDatabase(loadConfig().database);
  try {
    await database.migrate();
    // A fresh database learns the entities (regions) first, as the server does at start.
    await syncReferenceData(database.db, commandLineAuditContext);
    const outcome = await importResults(
      database.db,
      undefined,
      {
        fileName: basename(options.file),
        content,
        embargoAt,
        decreeNumber: options.decreeNumber,
        decreeDate: options.decreeDate,
        dryRun: options.dryRun,
      },
      commandLineAuditContext,
      new Date(),
    );
    for (const year of outcome.years) {
      const what =
        year.outcome === 'unchanged'
          ? 'tidak berubah / unchanged'
          : outcome.dryRun
            ? 'valid (dry run)'
            : 'dibuat / created';
      console.log(
        `${year.year}: ${what} — ${year.rows} baris/rows, ${year.flaggedRows} ditandai/flagged, ` +
          `${year.changes.length} perubahan/changes, ${year.methodologyRef}${year.snapshotId ? `, snapshot ${year.snapshotId}` : ''}`,
      );
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`${error.bilingualMessage.id}\n${error.bilingualMessage.en}`);
    const problems = (Array.isArray(error.details) ? error.details : []) as ImportProblem[];
    for (const problem of problems.slice(0, 50))
      console.error(
        `  baris/row ${problem.row} ${problem.column} "${problem.value}": ${problem.message.id} / ${problem.message.en}`,
      );
    // The server keeps the first 1,000 problems of a file; detailsTotal counts them all.
    const total = error.detailsTotal ?? problems.length;
    if (total > 50) console.error(`  … +${total - 50}`);
    if (options.errors && problems.length > 0) {
      await writeFile(options.errors, problemsToCsv(problems));
      console.error(`Daftar masalah / problems: ${options.errors}`);
    }
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
