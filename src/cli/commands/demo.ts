import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { generateSyntheticCycle } from '../../core';
import { commandLineAuditContext } from '../../server/audit/audit-context';
import { clockOf } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open-database';
import { demoPassword } from '../../server/demo/demo-users';
import { nationalDemoEdition } from '../../server/demo/national-demo-plan';
import { seedDemo } from '../../server/demo/seed-demo';
import { seedNationalDemo } from '../../server/demo/seed-national-demo';
import { DomainError } from '../../server/errors';
import { syncReferenceData } from '../../server/use-cases/sync-reference-data';
import { runCommand } from '../run-command';
import { loadEdition } from './methodology-command-support';

interface GenerateOptions {
  entities: string;
  units: string;
  seed: string;
  methodology: string;
  out: string;
}

export function registerDemoCommand(program: Command): void {
  const demo = program.command('demo').description('Data demo / demo data');
  demo
    .command('seed')
    .description(
      'Isi basis data (juga PostgreSQL) dengan data demo; aman diulang / seed the demo data (also PostgreSQL); safe to repeat',
    )
    .action(() => runCommand(seedFromCommandLine));
  demo
    .command('generate')
    .description(
      'Buat data nasional sintetis yang deterministik (JSON Lines, satu berkas jawaban per entitas) / write a deterministic synthetic national data set',
    )
    .option('--entities <n>', 'jumlah entitas / number of entities', '586')
    .option('--units <n>', 'unit per entitas / units per entity', '6')
    .option('--seed <s>', 'benih acak / random seed', '2024')
    .option('-m, --methodology <ref>', 'edisi / edition', 'ombudsman-kepatuhan@2024r1')
    .requiredOption('--out <file.jsonl>', 'berkas keluaran / output file')
    .action((options: GenerateOptions) => runCommand(() => generateFromCommandLine(options)));
  demo
    .command('national')
    .description(
      'Muat siklus nasional sintetis (data demo) siap ditetapkan / load a synthetic national cycle (demo data), ' +
        'every locus verified, approved and accepted, in determination',
    )
    .requiredOption('--year <year>', 'tahun siklus / cycle year, e.g. 2031')
    .option('--entities <n>', 'jumlah entitas / number of entities', '586')
    .option('--units <n>', 'unit per entitas / units per entity', '7')
    .option('--seed <s>', 'benih acak / random seed', '7')
    .option('-m, --methodology <ref>', 'edisi / edition', nationalDemoEdition)
    .action((options: NationalOptions) => runCommand(() => loadNationalFromCommandLine(options)));
}

interface NationalOptions {
  year: string;
  entities: string;
  units: string;
  seed: string;
  methodology: string;
}

async function loadNationalFromCommandLine(options: NationalOptions): Promise<void> {
  const year = positiveInteger('--year', options.year);
  const entityCount = positiveInteger('--entities', options.entities);
  const unitsPerEntity = positiveInteger('--units', options.units);
  const seed = positiveInteger('--seed', options.seed);
  if (year === undefined || entityCount === undefined || unitsPerEntity === undefined || seed === undefined)
    return;
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const outcome = await seedNationalDemo(
      database.db,
      config.dataDir,
      commandLineAuditContext,
      { year, entities: entityCount, unitsPerEntity, seed, methodologyRef: options.methodology },
      clockOf(config)(),
    );
    const perSecond = Math.round(outcome.rows / (outcome.loadMs / 1000));
    console.log(
      `${outcome.year}: ${outcome.entities} entitas/entities, ${outcome.units} unit, ${outcome.rows} baris/rows ` +
        `dalam/in ${(outcome.loadMs / 1000).toFixed(1)} s (${perSecond} baris/rows per s) — data demo, ` +
        `siap ditetapkan / ready to finalise: patuh cycle finalise --year ${outcome.year} --scope accepted`,
    );
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`${error.bilingualMessage.id}\n${error.bilingualMessage.en}`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

async function seedFromCommandLine(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    const outcome = await seedDemo(database.db, config.dataDir, commandLineAuditContext, new Date());
    console.log(
      outcome.createdUsers.length > 0
        ? `Akun demo dibuat / demo accounts created (kata sandi / password: ${demoPassword}): ${outcome.createdUsers.join(', ')}`
        : 'Data demo sudah ada; tidak ada yang digandakan / demo data already present; nothing duplicated',
    );
  } finally {
    await database.close();
  }
}

async function generateFromCommandLine(options: GenerateOptions): Promise<void> {
  const entityCount = positiveInteger('--entities', options.entities);
  const unitsPerEntity = positiveInteger('--units', options.units);
  const seed = positiveInteger('--seed', options.seed);
  if (entityCount === undefined || unitsPerEntity === undefined || seed === undefined) return;
  const edition = await loadEdition(options.methodology);
  const entities = generateSyntheticCycle(edition.methodology, { seed, entityCount, unitsPerEntity });
  // One answers file (patuh-answers@1) per line: `patuh score` reads any line on its own.
  const out = createWriteStream(options.out);
  for (const entity of entities) {
    const line = `${JSON.stringify({ format: 'patuh-answers@1', methodology: edition.ref, entity })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const unitCount = entities.reduce((sum, entity) => sum + entity.units.length, 0);
  console.log(
    `${entityCount} entitas, ${unitCount} unit → ${options.out} (${edition.ref}, benih / seed ${seed})`,
  );
}

function positiveInteger(flag: string, value: string): number | undefined {
  const parsed = Number(value);
  if (Number.isInteger(parsed) && parsed > 0) return parsed;
  console.error(`${flag}: harus bilangan bulat positif / must be a positive integer ("${value}")`);
  process.exitCode = 1;
  return undefined;
}
