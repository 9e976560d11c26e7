import { snapshotChangesWithUnitsSchema } from '../../contracts/finalise.contract';
import {
  importResultsRequestSchema,
  importResultsResponseSchema,
  resultSnapshotListSchema,
  snapshotIdParamsSchema,
} from '../../contracts/results.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { sanitiseFileName } from '../files/sanitise-file-name';
import { getSnapshotChanges } from '../use-cases/get-snapshot-changes';
import { importResults } from '../use-cases/import-results';
import { listResultSnapshots } from '../use-cases/list-result-snapshots';

/** Base64 grows a file by a third: 5 MB of spreadsheet fits. */
const importBodyLimitBytes = 7 * 1024 * 1024;

export function registerResultRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const now = clockOf(config);
  const { db } = database;
  const tags = ['results'];

  app.post(
    '/api/results/imports',
    {
      bodyLimit: importBodyLimitBytes,
      config: { access: { action: 'results.import' } },
      schema: {
        operationId: 'importResults',
        tags,
        summary:
          'Impor hasil terbitan tahun-tahun lalu (CSV/XLSX: tahun, kode entitas, nilai, …); semua atau tidak sama sekali',
        description:
          'Import published results of past years (CSV/XLSX: year, entity_code, score, …); all or nothing. ' +
          'Optional columns: category, zone, rank_province, rank_national, methodology, is_demo_value, note. ' +
          'A rejected file answers 422 IMPORT_INVALID with every problem in error.details as ' +
          '{row, column, value, message:{id,en}}.',
        body: importResultsRequestSchema,
        response: { 200: importResultsResponseSchema },
      },
    },
    async (request) => {
      const { contentBase64, embargoAt, ...rest } = request.body;
      return importResults(
        db,
        requireActor(request),
        {
          ...rest,
          // Kept as the snapshot's source file name and in the audit trail: one sanitiser for every upload.
          fileName: sanitiseFileName(rest.fileName),
          content: Buffer.from(contentBase64, 'base64'),
          embargoAt: embargoAt ? new Date(embargoAt) : undefined,
        },
        auditContextOf(request),
        now(),
      );
    },
  );

  app.get(
    '/api/results/snapshots',
    {
      config: { access: { action: 'results.read' } },
      schema: {
        operationId: 'listResultSnapshots',
        tags,
        summary: 'Semua snapshot hasil, dengan embargo dan snapshot yang digantikannya',
        description: 'Every result snapshot, with its embargo and what it supersedes',
        response: { 200: resultSnapshotListSchema },
      },
    },
    async () => ({ items: await listResultSnapshots(db) }),
  );

  app.get(
    '/api/results/snapshots/:id/changes',
    {
      config: { access: { action: 'results.read' } },
      schema: {
        operationId: 'listSnapshotChanges',
        tags,
        summary: 'Perbedaan dari snapshot yang digantikan (entitas, dan unit pada snapshot terhitung)',
        description: 'Differences from the superseded snapshot (entities, and units of computed snapshots)',
        params: snapshotIdParamsSchema,
        response: { 200: snapshotChangesWithUnitsSchema },
      },
    },
    async (request) => getSnapshotChanges(db, request.params.id),
  );
}
