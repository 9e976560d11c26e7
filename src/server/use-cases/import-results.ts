import type { ImportProblem, ImportResultsResponse } from '../../contracts/results.contract';
import { can } from '../../core/access/can';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  findLatestSnapshotOfYear,
  insertPublishedSnapshot,
  listEntitiesWithProvince,
  listEntityResults,
  lockSnapshotYear,
} from '../db/repositories/results.repository';
import { DomainError } from '../errors';
import { importInvalidError } from '../imports/import-invalid-error';
import { cachedMethodologyCatalog } from '../methodologies/cached-methodology-catalog';
import { buildYearResults } from '../results/build-year-results';
import { compareSnapshotRows } from '../results/compare-snapshot-rows';
import { parseResultsFile } from '../results/parse-results-file';
import { markResultsChanged } from '../results/results-version';
import { rethrowSnapshotChainConflict } from '../results/rethrow-snapshot-chain-conflict';
import { type ImportEntity, type ResultRecord, validateResultsRows } from '../results/validate-results-rows';

export interface ImportResultsInput {
  fileName: string;
  content: Buffer;
  /** Public from this moment; the import time when left out. */
  embargoAt?: Date | undefined;
  decreeNumber?: string | undefined;
  decreeDate?: string | undefined;
  dryRun?: boolean | undefined;
}

/**
 * Imports published results of years before Patuh (year, entity_code, score, …). Every row is checked first;
 * any problem rejects the whole file with every problem listed. Each year becomes a new published snapshot
 * that supersedes the year's previous one (kept); a year whose rows are unchanged creates nothing.
 */
export async function importResults(
  db: Database,
  actor: RequestActor | undefined,
  input: ImportResultsInput,
  context: AuditContext,
  now: Date,
): Promise<ImportResultsResponse> {
  if (actor && !can(actor, 'results.import'))
    throw new DomainError('FORBIDDEN', {
      id: 'Hanya pusat yang dapat mengimpor hasil.',
      en: 'Only the centre can import results.',
    });
  const sheet = await parseResultsFile(input.fileName, input.content);
  if (!sheet.ok) throw rejected([sheet.problem]);
  const entitiesByCode = new Map<string, ImportEntity>(
    (await listEntitiesWithProvince(db)).map((entity) => [entity.code, entity]),
  );
  const { records, problems } = validateResultsRows(
    sheet.columns,
    sheet.rows,
    entitiesByCode,
    await cachedMethodologyCatalog(),
  );
  if (problems.length > 0) throw rejected(problems);

  const byYear = new Map<number, ResultRecord[]>();
  for (const record of records) byYear.set(record.year, [...(byYear.get(record.year) ?? []), record]);
  const embargoAt = input.embargoAt ?? now;
  const dryRun = input.dryRun ?? false;

  const outcome = await db.transaction(async (tx) => {
    const years: ImportResultsResponse['years'] = [];
    for (const year of [...byYear.keys()].sort()) {
      const yearRecords = byYear.get(year) ?? [];
      const edition = yearRecords[0]?.edition;
      if (!edition) continue;
      const { rows, rowsSha256 } = buildYearResults(yearRecords);
      // Another process importing or finalising this year waits here, then sees our snapshot: a second import
      // of the same rows changes nothing, and no two snapshots supersede the same one. Years lock in order.
      if (!dryRun) await lockSnapshotYear(tx, year);
      const previous = await findLatestSnapshotOfYear(tx, year);
      const flaggedRows = rows.filter((row) => (row.flags ?? []).length > 0).length;
      const unchanged =
        previous !== undefined &&
        previous.rowsSha256 === rowsSha256 &&
        // A corrected revision of the edition is a change even when no row moves (docs/decisions/005).
        previous.methodologySha256 === edition.sha256 &&
        previous.decreeNumber === (input.decreeNumber ?? null) &&
        previous.decreeDate === (input.decreeDate ?? null);
      const previousRows = previous ? await listEntityResults(tx, previous.id) : [];
      const changes = unchanged
        ? []
        : compareSnapshotRows(
            previousRows,
            rows.map((row) => ({ ...row, rankProvince: row.rankProvince ?? null })),
          );
      const summary = {
        year,
        methodologyRef: edition.ref,
        rows: rows.length,
        flaggedRows,
        changes,
      };
      if (unchanged || dryRun) {
        years.push({
          ...summary,
          outcome: unchanged ? 'unchanged' : 'created',
          snapshotId: unchanged ? previous.id : null,
          supersedesId: unchanged ? previous.supersedesId : (previous?.id ?? null),
        });
        continue;
      }
      const snapshot = await insertPublishedSnapshot(
        tx,
        {
          year,
          source: 'historical-import',
          methodologyId: edition.methodology.id,
          methodologyVersion: edition.methodology.version,
          methodologySha256: edition.sha256,
          decreeNumber: input.decreeNumber ?? null,
          decreeDate: input.decreeDate ?? null,
          embargoAt,
          supersedesId: previous?.id ?? null,
          rowsSha256,
          sourceFileName: input.fileName,
          createdByUserId: actor?.userId ?? null,
        },
        rows,
        now,
      ).catch(rethrowSnapshotChainConflict);
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'results.import',
        resourceType: 'result-snapshot',
        resourceId: snapshot.id,
        provinceCode: null,
        after: {
          year,
          methodologyRef: edition.ref,
          rows: rows.length,
          flaggedRows,
          embargoAt: embargoAt.toISOString(),
          supersedesId: snapshot.supersedesId,
          fileName: input.fileName,
          changes: changes.length,
        },
      });
      years.push({
        ...summary,
        outcome: 'created',
        snapshotId: snapshot.id,
        supersedesId: snapshot.supersedesId,
      });
    }
    return { dryRun, years };
  });
  if (outcome.years.some((year) => year.outcome === 'created' && year.snapshotId)) markResultsChanged();
  return outcome;
}

function rejected(problems: ImportProblem[]): DomainError {
  const first = problems[0];
  const where = first ? ` (baris ${first.row}, kolom ${first.column || '-'}: ${first.message.id})` : '';
  const whereEn = first ? ` (row ${first.row}, column ${first.column || '-'}: ${first.message.en})` : '';
  return importInvalidError(problems, {
    id: `Berkas ditolak: ${problems.length} masalah, tidak ada yang disimpan${where}.`,
    en: `File rejected: ${problems.length} problem(s), nothing was saved${whereEn}.`,
  });
}
