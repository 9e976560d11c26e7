import type { Command } from 'commander';
import { type FinaliseRequest, finaliseRequestSchema } from '../../contracts/finalise.contract';
import { commandLineAuditContext } from '../../server/audit/audit-context';
import { clockOf } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open-database';
import { DomainError } from '../../server/errors';
import { finaliseCycle } from '../../server/use-cases/finalise-cycle';
import { runCommand } from '../run-command';

interface FinaliseOptions {
  year: string;
  scope: string;
  reason?: string;
}

export function registerCycleCommand(program: Command): void {
  const cycle = program.command('cycle').description('Siklus penilaian / assessment cycles');
  cycle
    .command('finalise')
    .description(
      'Tetapkan hasil siklus (tahap Penetapan) / finalise a cycle: "accepted" publishes only loci the centre ' +
        'accepted; "all" publishes every locus, with --reason (audited, rows flagged)',
    )
    .requiredOption('--year <year>', 'cycle year, e.g. 2026')
    .requiredOption('--scope <scope>', 'accepted | all')
    .option('--reason <text>', 'why loci not accepted are published (scope all; at least 10 characters)')
    .action((options: FinaliseOptions) => runCommand(() => finaliseFromCommandLine(options)));
}

async function finaliseFromCommandLine(options: FinaliseOptions): Promise<void> {
  const year = Number(options.year);
  // The same contract as POST /api/cycles/:year/finalise, so both refuse the same requests.
  const parsed = finaliseRequestSchema.safeParse({
    scope: options.scope,
    ...(options.reason === undefined ? {} : { reason: options.reason }),
  });
  if (!Number.isInteger(year) || !parsed.success) {
    console.error(
      'Gunakan --year <tahun> --scope accepted, atau --scope all --reason "<alasan, minimal 10 karakter>".\n' +
        'Use --year <year> --scope accepted, or --scope all --reason "<reason, at least 10 characters>".',
    );
    process.exitCode = 1;
    return;
  }
  const request: FinaliseRequest = parsed.data;
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const now = clockOf(config)();
    const outcome = await finaliseCycle(database.db, undefined, year, request, commandLineAuditContext, now);
    console.log(
      `${year}: snapshot ${outcome.snapshotId} — ${outcome.entities} entitas/entities, ${outcome.units} unit, ` +
        `${outcome.changes.length} perubahan/changes, embargo ${outcome.embargoAt}`,
    );
    for (const flag of outcome.flags)
      console.log(`  ${flag.entityCode} ${flag.entityName}: ${flag.flag} (${flag.approval})`);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`${error.bilingualMessage.id}\n${error.bilingualMessage.en}`);
    if (error.code === 'NOT_READY') console.error(JSON.stringify(error.details, null, 2));
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
