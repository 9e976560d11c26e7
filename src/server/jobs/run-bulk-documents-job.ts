import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commandLineAuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import {
  findEntityResultInSnapshot,
  listEntityResultSummaries,
} from '../db/repositories/document-sources.repository';
import { findSnapshotById, listPublishedSnapshots } from '../db/repositories/results.repository';
import { entityPiagamFileName, raporFileName, unitPiagamFileName } from '../documents/document-file-names';
import type { DocumentRenderer } from '../documents/document-renderer';
import type { DocumentSettings, PiagamRequest } from '../documents/generate-piagam';
import { generatePiagams } from '../documents/generate-piagams';
import { generateRapor } from '../documents/generate-rapor';
import { listPiagamSubjects, provinceCodesOf } from '../documents/list-piagam-subjects';
import { requirePiagamSigned } from '../documents/require-piagam-signed';
import { zipFolderInWorker } from '../files/zip-folder-in-worker';
import type { BulkDocumentsParams } from './bulk-documents-params';

export interface BulkRunContext {
  db: Database;
  /** The app's renderer: the same pool and store as the public routes; a job waits for room, never fails. */
  renderer: DocumentRenderer;
  dataDir: string;
  secret: Buffer;
  now: () => Date;
  /** Checked before each batch: true ends the run early (the job resumes later from what was written). */
  shouldStop: () => boolean;
  /** After each batch and at the start; false when the job is no longer this worker's. */
  reportProgress: (done: number, total: number) => Promise<boolean>;
  /** Documents per batch (default documentsPerBatch); tests make it small to stop a job between batches. */
  documentsPerBatch?: number;
}

/**
 * Documents made per batch: their piagam codes, signings, audit entries and store rows are read and written
 * with a few statements for the batch, and progress is reported once per batch. Small enough that a batch's
 * renders end well within the shutdown timeout (10 s by default) on a loaded machine, since a stopping worker
 * finishes its batch.
 */
export const documentsPerBatch = 16;

export type BulkRunOutcome =
  | { kind: 'done'; resultPath: string; sizeBytes: number; sha256: string; total: number }
  | { kind: 'stopped' };

/** A piagam is made with the others of its batch (generate-piagams.ts); a rapor one by one. */
type PlannedDocument = {
  /** Path inside the archive and under the job's folder, e.g. piagam/piagam-2024-16.06-….pdf. */
  name: string;
} & ({ piagam: PiagamRequest } | { render: () => Promise<Buffer> });

// 1980-01-01, the first MS-DOS date: fixed, so the same documents always give the same archive bytes.
const fixedModifiedAt = new Date(Date.UTC(1980, 0, 1));

/** Folder of a job's files under the data directory. */
export function jobFolder(dataDir: string, jobId: string): string {
  return path.join(dataDir, 'jobs', jobId);
}

/**
 * A year's documents as one ZIP. Each document is written to the job's folder (write + rename, so a file is
 * whole or absent); a resumed run skips the names already there, then zips everything at the end.
 */
export async function runBulkDocumentsJob(
  jobId: string,
  params: BulkDocumentsParams,
  context: BulkRunContext,
): Promise<BulkRunOutcome> {
  const planned = await planDocuments(params, context);
  const folder = jobFolder(context.dataDir, jobId);
  const filesFolder = path.join(folder, 'files');
  const written = new Set<string>();
  for (const sub of ['piagam', 'piagam-unit', 'rapor']) {
    await mkdir(path.join(filesFolder, sub), { recursive: true });
    for (const name of await readdir(path.join(filesFolder, sub)))
      if (name.endsWith('.pdf')) written.add(`${sub}/${name}`);
  }
  let done = planned.filter((document) => written.has(document.name)).length;
  if (!(await context.reportProgress(done, planned.length))) return { kind: 'stopped' };
  const pending = planned.filter((document) => !written.has(document.name));
  const perBatch = context.documentsPerBatch ?? documentsPerBatch;
  for (let start = 0; start < pending.length; start += perBatch) {
    if (context.shouldStop()) return { kind: 'stopped' };
    const batch = pending.slice(start, start + perBatch);
    for (const { name, pdf } of await makeBatch(batch, params, context)) {
      const target = path.join(filesFolder, name);
      await writeFile(`${target}.part`, pdf);
      await rename(`${target}.part`, target);
    }
    done += batch.length;
    if (!(await context.reportProgress(done, planned.length))) return { kind: 'stopped' };
    // A turn of the event loop between batches, after pending I/O (requests waiting on the server's thread).
    await new Promise((resolve) => setImmediate(resolve));
  }
  const zipName = `dokumen-${params.year}-${jobId.slice(0, 8)}.zip`;
  // Zipped in a worker thread: deflating thousands of PDFs would otherwise hold the server's event loop.
  const { sizeBytes, sha256 } = await zipFolderInWorker({
    folder: filesFolder,
    names: planned.map((document) => document.name),
    target: path.join(folder, zipName),
    modifiedAt: fixedModifiedAt,
    compress: true,
  });
  return {
    kind: 'done',
    resultPath: path.join('jobs', jobId, zipName),
    sizeBytes,
    sha256,
    total: planned.length,
  };
}

/** The PDFs of a batch, in its order: its piagam together, its rapor one by one. */
async function makeBatch(
  batch: readonly PlannedDocument[],
  params: BulkDocumentsParams,
  context: BulkRunContext,
): Promise<{ name: string; pdf: Buffer }[]> {
  const piagamRequests = batch.flatMap((document) => ('piagam' in document ? [document.piagam] : []));
  const piagams = await generatePiagams(
    context.db,
    context.renderer,
    settingsOf(params, context),
    piagamRequests,
    commandLineAuditContext,
    // A year's ZIP never holds a placeholder signature (checked before the first document too).
    { waitForRoom: true, refuseUnsigned: true },
  );
  const made: { name: string; pdf: Buffer }[] = [];
  let nextPiagam = 0;
  for (const document of batch) {
    if ('render' in document) {
      made.push({ name: document.name, pdf: await document.render() });
      continue;
    }
    const piagam = piagams[nextPiagam];
    nextPiagam += 1;
    if (!piagam) throw new Error(`no PDF made for ${document.name}`);
    made.push({ name: document.name, pdf: piagam.pdf });
  }
  return made;
}

function settingsOf(params: BulkDocumentsParams, context: BulkRunContext): DocumentSettings {
  return { secret: context.secret, baseUrl: params.baseUrl, dataDir: context.dataDir };
}

/** Every document of the job in a fixed order: entity piagam, unit piagam, then rapor. */
async function planDocuments(
  params: BulkDocumentsParams,
  context: BulkRunContext,
): Promise<PlannedDocument[]> {
  const { db, renderer } = context;
  const wait = { waitForRoom: true };
  const snapshot = await findSnapshotById(db, params.snapshotId);
  if (!snapshot) throw new Error(`snapshot ${params.snapshotId} not found`);
  // Without explanations: a rapor reads its entity's whole row when it is rendered (below), one at a time.
  const entities = await listEntityResultSummaries(db, snapshot.id);
  const settings = settingsOf(params, context);
  const language = params.language;
  const planned: PlannedDocument[] = [];
  if (params.documents.includes('piagam')) {
    const subjects = await listPiagamSubjects(db, snapshot, entities);
    // Refused here, before the first document: a year's ZIP never holds a placeholder signature.
    await requirePiagamSigned(db, snapshot.year, provinceCodesOf(subjects));
    for (const entity of subjects.entities)
      planned.push({
        name: `piagam/${entityPiagamFileName(snapshot.year, entity.entityCode, entity.entityName)}`,
        piagam: { snapshot, entity, language },
      });
    for (const { unit, entity } of subjects.units)
      planned.push({
        name: `piagam-unit/${unitPiagamFileName(snapshot.year, entity.entityCode, unit.unitName, unit.id)}`,
        piagam: { snapshot, entity, unit, language },
      });
  }
  if (params.documents.includes('rapor')) {
    const previousSnapshot = (await listPublishedSnapshots(db)).find(
      (candidate) => candidate.year === snapshot.year - 1,
    );
    for (const entity of entities)
      planned.push({
        name: `rapor/${raporFileName(snapshot.year, entity.entityCode, entity.entityName)}`,
        render: async () =>
          (
            await generateRapor(
              db,
              renderer,
              settings,
              {
                snapshot,
                entity: await wholeEntityResult(db, snapshot.id, entity.entityCode),
                ...(previousSnapshot ? { previousSnapshot } : {}),
                language,
                now: context.now(),
              },
              commandLineAuditContext,
              wait,
            )
          ).pdf,
      });
  }
  return planned;
}

async function wholeEntityResult(db: Database, snapshotId: string, entityCode: string) {
  const entity = await findEntityResultInSnapshot(db, snapshotId, entityCode);
  if (!entity) throw new Error(`entity result ${entityCode} of snapshot ${snapshotId} not found`);
  return entity;
}
