import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open-database';
import { DomainError } from '../../server/errors';
import { type ExportTarget, exportCycleData, exportTargets } from '../../server/use-cases/export-cycle-data';
import { runCommand } from '../run-command';

interface ExportOptions {
  year: string;
  what: string;
  format: string;
  out: string;
  lang: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Ekspor data satu tahun (hasil, unit, indikator, survei) / export a cycle year’s data')
    .requiredOption('--year <year>', 'cycle year')
    .requiredOption('--what <what>', exportTargets.join('|'))
    .option('--format <format>', 'xlsx|csv', 'xlsx')
    .requiredOption('--out <file>', 'where to write')
    .option('--lang <id|en>', 'column headers', 'id')
    .action((options: ExportOptions) => runCommand(() => exportFromCommandLine(options)));
}

async function exportFromCommandLine(options: ExportOptions): Promise<void> {
  const what = exportTargets.find((target) => target === options.what) as ExportTarget | undefined;
  const format = options.format === 'csv' || options.format === 'xlsx' ? options.format : undefined;
  const year = Number(options.year);
  if (!what || !format || !Number.isInteger(year)) {
    console.error(
      `--what ${exportTargets.join('|')}, --format xlsx|csv, --year YYYY (got ${options.what}, ${options.format}, ${options.year})`,
    );
    process.exitCode = 1;
    return;
  }
  const database = await openDatabase(loadConfig().database);
  try {
    await database.migrate();
    const output = createWriteStream(options.out);
    const rows = await exportCycleData(
      database.db,
      { year, what, format, language: options.lang === 'en' ? 'en' : 'id' },
      output,
    );
    // The CSV writer leaves its output open; the XLSX writer ends it.
    if (!output.writableEnded) output.end();
    if (!output.closed) await once(output, 'close');
    console.log(`${options.out}: ${rows} baris/rows (${what}, ${year}, ${format})`);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`${error.bilingualMessage.id}\n${error.bilingualMessage.en}`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
