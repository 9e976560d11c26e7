import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { commandLineAuditContext } from '../../server/audit/audit-context';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open-database';
import {
  findEntityResultInSnapshot,
  listUnitResultsOfEntityResult,
} from '../../server/db/repositories/document-sources.repository';
import { listPublishedSnapshots } from '../../server/db/repositories/results.repository';
import { createDocumentRendererFor } from '../../server/documents/document-renderer';
import { generatePiagam } from '../../server/documents/generate-piagam';
import { requirePiagamSigned } from '../../server/documents/require-piagam-signed';
import { DomainError } from '../../server/errors';
import { loadSigningSecret } from '../../server/security/signing-secret';
import { runCommand } from '../run-command';

interface PiagamOptions {
  year: string;
  entity: string;
  unit?: string;
  out: string;
  lang: string;
  baseUrl?: string;
}

export function registerPiagamCommand(program: Command): void {
  program
    .command('piagam')
    .description('Cetak piagam satu entitas (atau unitnya) sebagai PDF / print one piagam as PDF')
    .requiredOption('--year <year>', 'published year')
    .requiredOption('--entity <code>', 'entity code, e.g. 16.06')
    .option('--unit <name>', 'a unit of the entity (its name as published) instead of the entity')
    .requiredOption('--out <file.pdf>', 'where to write the PDF')
    .option('--lang <id|en>', 'language', 'id')
    .option('--base-url <url>', 'public address the QR code points to (default: PATUH_PUBLIC_URL)')
    .action((options: PiagamOptions) => runCommand(() => printPiagam(options)));
}

async function printPiagam(options: PiagamOptions): Promise<void> {
  const year = Number(options.year);
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const { db } = database;
    // The newest published snapshot of the year, also before its embargo: printing precedes the announcement.
    const snapshot = (await listPublishedSnapshots(db)).find((candidate) => candidate.year === year);
    const entity = snapshot && (await findEntityResultInSnapshot(db, snapshot.id, options.entity));
    if (!snapshot || !entity) {
      console.error(
        `Tidak ada hasil ${options.entity} tahun ${options.year} / no published result of ${options.entity} in ${options.year}`,
      );
      process.exitCode = 1;
      return;
    }
    const unit = options.unit
      ? (await listUnitResultsOfEntityResult(db, entity.id)).find((row) => row.unitName === options.unit)
      : undefined;
    if (options.unit && !unit) {
      console.error(`Unit "${options.unit}" tidak ditemukan / not found`);
      process.exitCode = 1;
      return;
    }
    // Refused before rendering, as the public route refuses: a printed piagam never shows a placeholder signature.
    try {
      await requirePiagamSigned(db, year, [entity.provinceCode]);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      console.error(`${error.bilingualMessage.id}\n${error.bilingualMessage.en}`);
      process.exitCode = 1;
      return;
    }
    // The same pool and store as the server: a piagam printed here is the one the public downloads.
    const renderer = createDocumentRendererFor(db, config);
    const generated = await generatePiagam(
      db,
      renderer,
      {
        secret: await loadSigningSecret(db, config),
        baseUrl: options.baseUrl ?? config.documentBaseUrl,
        dataDir: config.dataDir,
      },
      { snapshot, entity, ...(unit ? { unit } : {}), language: options.lang === 'en' ? 'en' : 'id' },
      commandLineAuditContext,
      { refuseUnsigned: true },
    ).finally(() => renderer.close());
    await writeFile(options.out, generated.pdf);
    console.log(`${options.out}: piagam ${entity.entityCode} ${year}, kode/code ${generated.code}`);
  } finally {
    await database.close();
  }
}
