import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { listAuditEntries } from '../../src/server/db/repositories/audit-log.repository';
import { upsertSignatories } from '../../src/server/db/repositories/document-signatories.repository';
import { findIssuedDocument } from '../../src/server/db/repositories/issued-documents.repository';
import { sumRenderedDocumentBytes } from '../../src/server/db/repositories/rendered-documents.repository';
import {
  findLatestSnapshotOfYear,
  listEntityResults,
} from '../../src/server/db/repositories/results.repository';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { piagamCodeOf } from '../../src/server/documents/document-codes';
import { entityPiagamFileName } from '../../src/server/documents/document-file-names';
import { startJobWorker } from '../../src/server/jobs/job-worker';
import { loadSigningSecret } from '../../src/server/security/signing-secret';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { signDocumentYears } from '../helpers/sign-document-years';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';
import { pdfText, publishMubaComputedSnapshot, readZipEntries } from './documents-fixtures';

const silent = { info: () => undefined, error: () => undefined };

// The threads each job's ZIP was written in (zip-folder-in-worker.ts answers with its worker's id).
const zipThreads = vi.hoisted((): number[] => []);
vi.mock('../../src/server/files/zip-folder-in-worker', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/server/files/zip-folder-in-worker')>();
  return {
    zipFolderInWorker: async (...args: Parameters<typeof original.zipFolderInWorker>) => {
      const result = await original.zipFolderInWorker(...args);
      zipThreads.push(result.threadId);
      return result;
    },
  };
});

describe.each(testEngines())('bulk document jobs on $name', (engine) => {
  let testApp: TestApp;
  let dataDir: string;
  let admin: string;
  const workerConfig = () => ({
    dataDir,
    secret: undefined,
    renderThreads: 1,
    renderQueue: 4,
    documentStoreBytes: 64 * 1024 * 1024,
  });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-bulk-'));
    testApp = await buildTestApp(engine, { withDemoUsers: true, environment: { PATUH_DATA_DIR: dataDir } });
    const { db } = testApp.database;
    await importSumateraSelatanHistory(db, commandLineAuditContext, new Date(Date.now() - 1000));
    await publishMubaComputedSnapshot(db, {
      year: 2025,
      embargoAt: new Date(Date.now() - 1000),
      score: 94.12,
    });
    // 2023 stays unsigned: the last test shows what a job does then.
    await signDocumentYears(db, [2024, 2025]);
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
  }, 60_000);
  afterAll(async () => {
    await testApp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const jobOf = async (id: string) =>
    (
      await testApp.app.inject({ method: 'GET', url: `/api/document-jobs/${id}`, headers: { cookie: admin } })
    ).json();

  // First: the piagam codes of 2024 are issued here, in batches (the next test re-prints them).
  it('issues the codes of a job of several batches, stopped between two, each once and printed on its piagam', async () => {
    const { db } = testApp.database;
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/document-jobs',
      headers: { cookie: admin, host: 'patuh.test' },
      payload: { year: 2024, documents: ['piagam'] },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const config = workerConfig();
    const batching = { pollMs: 50, documentsPerBatch: 4 };
    let first: ReturnType<typeof startJobWorker> | undefined;
    const stoppedFirst = new Promise<void>((resolve) => {
      first = startJobWorker(db, config, silent, {
        ...batching,
        onProgress: ({ done }) => {
          if (done >= 4) void first?.stop().then(resolve);
        },
      });
    });
    await stoppedFirst;
    // Stopped after its first batch: the batch's 4 files written, progress at 4 (reported once per batch).
    expect((await jobOf(id)).progressDone).toBe(4);
    expect(readdirPdfs(path.join(dataDir, 'jobs', id, 'files'))).toHaveLength(4);

    const progress: number[] = [];
    const second = startJobWorker(db, config, silent, {
      ...batching,
      onProgress: ({ done }) => progress.push(done),
    });
    for (let attempt = 0; attempt < 600 && (await jobOf(id)).status !== 'done'; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await second.stop();
    const finished = await jobOf(id);
    expect(finished).toMatchObject({ status: 'done', progressDone: 17, progressTotal: 17 });
    expect(progress).toEqual([4, 8, 12, 16, 17]);

    const download = await testApp.app.inject({
      method: 'GET',
      url: finished.downloadUrl,
      headers: { cookie: admin },
    });
    const entries = readZipEntries(download.rawPayload);
    expect(entries.size).toBe(17);
    // Each batch's renders were kept in the store with one write: the first renders of this database.
    expect(await sumRenderedDocumentBytes(db)).toBe(
      [...entries.values()].reduce((sum, pdf) => sum + pdf.length, 0),
    );
    const snapshot = await findLatestSnapshotOfYear(db, 2024);
    if (!snapshot) throw new Error('no 2024 snapshot');
    const secret = await loadSigningSecret(db, { secret: undefined });
    const entities = await listEntityResults(db, snapshot.id);
    expect(entities).toHaveLength(17);
    for (const entity of entities) {
      const pdf = entries.get(`piagam/${entityPiagamFileName(2024, entity.entityCode, entity.entityName)}`);
      const code = piagamCodeOf(secret, snapshot.id, { type: 'entity', entityCode: entity.entityCode });
      // Text extraction may split the code where its letters are kerned apart: compared without spaces.
      expect(pdfText(pdf ?? Buffer.alloc(0)).replace(/\s+/g, '')).toContain(code);
      expect(await findIssuedDocument(db, code)).toMatchObject({
        kind: 'piagam',
        snapshotId: snapshot.id,
        subjectId: `entity:${entity.entityCode}`,
        signing: { source: 'centre' },
      });
      const issued = await listAuditEntries(
        db,
        { action: 'document.issue', resourceId: code },
        { offset: 0, limit: 10 },
      );
      expect(issued.total).toBe(1);
      expect(issued.rows[0]?.after).toMatchObject({
        kind: 'piagam',
        snapshotId: snapshot.id,
        signing: 'centre',
      });
    }
  }, 180_000);

  it('resumes a job stopped midway in a new worker and zips every document once', async () => {
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/document-jobs',
      headers: { cookie: admin, host: 'patuh.test' },
      payload: { year: 2024, documents: ['piagam', 'rapor'] },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect((await jobOf(id)).status).toBe('queued');
    const early = await testApp.app.inject({
      method: 'GET',
      url: `/api/document-jobs/${id}/download`,
      headers: { cookie: admin },
    });
    expect(early.statusCode).toBe(409);

    // First worker: stopped after 5 documents, as a restart would.
    const config = workerConfig();
    let first: ReturnType<typeof startJobWorker> | undefined;
    const stoppedFirst = new Promise<void>((resolve) => {
      first = startJobWorker(testApp.database.db, config, silent, {
        pollMs: 50,
        documentsPerBatch: 5,
        onProgress: ({ done }) => {
          if (done >= 5) void first?.stop().then(resolve);
        },
      });
    });
    await stoppedFirst;
    const midway = await jobOf(id);
    expect(midway.status).toBe('running');
    expect(midway.progressDone).toBe(5);
    // 17 governments of Sumatera Selatan in 2024: 17 piagam + 17 rapor.
    expect(midway.progressTotal).toBe(34);
    const writtenBefore = readdirPdfs(path.join(dataDir, 'jobs', id, 'files'));
    expect(writtenBefore).toHaveLength(5);

    const progress: number[] = [];
    const second = startJobWorker(testApp.database.db, config, silent, {
      pollMs: 50,
      documentsPerBatch: 5,
      onProgress: ({ done }) => progress.push(done),
    });
    for (let attempt = 0; attempt < 600 && (await jobOf(id)).status !== 'done'; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await second.stop();
    const finished = await jobOf(id);
    expect(finished).toMatchObject({ status: 'done', progressDone: 34, progressTotal: 34 });
    // The second worker started from the 5 already written, never redoing them.
    expect(progress[0]).toBe(5);
    expect(progress.filter((done) => done <= 5)).toEqual([5]);

    const download = await testApp.app.inject({
      method: 'GET',
      url: finished.downloadUrl,
      headers: { cookie: admin },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    const entries = readZipEntries(download.rawPayload);
    expect(entries.size).toBe(34);
    // Assembled off the server's event loop: in a worker thread, not this one.
    expect(zipThreads.length).toBeGreaterThan(0);
    expect(zipThreads).not.toContain(threadId);
    const names = [...entries.keys()];
    expect(names.filter((name) => name.startsWith('piagam/'))).toHaveLength(17);
    expect(names.filter((name) => name.startsWith('rapor/'))).toHaveLength(17);
    const muba = entries.get(names.find((name) => name.startsWith('piagam/piagam-2024-16.06-')) ?? '');
    expect(muba?.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(muba ?? Buffer.alloc(0))).toContain('93,31');
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(finished.resultSha256);
  }, 180_000);

  it('generates unit piagam too when the snapshot has unit results', async () => {
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/document-jobs',
      headers: { cookie: admin },
      payload: { year: 2025 },
    });
    const { id } = created.json();
    const worker = startJobWorker(testApp.database.db, workerConfig(), silent, {
      pollMs: 50,
    });
    for (let attempt = 0; attempt < 300 && (await jobOf(id)).status !== 'done'; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await worker.stop();
    const job = await jobOf(id);
    expect(job).toMatchObject({ status: 'done', progressTotal: 3 });
    const download = await testApp.app.inject({
      method: 'GET',
      url: job.downloadUrl,
      headers: { cookie: admin },
    });
    const names = [...readZipEntries(download.rawPayload).keys()];
    expect(names.filter((name) => name.startsWith('piagam-unit/'))).toHaveLength(2);
  }, 120_000);

  it('refuses piagam of a year without signatories: at creation, and before the first document of a queued job', async () => {
    const create = (documents: string[]) =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/document-jobs',
        headers: { cookie: admin },
        payload: { year: 2023, documents },
      });
    const refused = await create(['piagam', 'rapor']);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'PIAGAM_NOT_SIGNED' });
    expect(refused.json().error.message).toContain('Penandatangan piagam tahun 2023 belum diatur');
    // A rapor names no signatory: a rapor-only job of the same year is accepted.
    expect((await create(['rapor'])).statusCode).toBe(201);

    // Signed when queued, unsigned by the time it runs: the job fails before rendering anything.
    const { db } = testApp.database;
    await signDocumentYears(db, [2023]);
    const queued = await create(['piagam', 'rapor']);
    expect(queued.statusCode).toBe(201);
    const { id } = queued.json();
    await upsertSignatories(db, { year: 2023, officeCode: 'pusat', signatories: [], place: null });
    const worker = startJobWorker(db, workerConfig(), silent, { pollMs: 50 });
    for (let attempt = 0; attempt < 300 && (await jobOf(id)).status !== 'failed'; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await worker.stop();
    const job = await jobOf(id);
    expect(job.status).toBe('failed');
    expect(job.error).toContain('Penandatangan piagam tahun 2023 belum diatur');
    expect(job.error).toContain('The 2023 piagam signatories are not set');
    expect(job.progressDone).toBe(0);
    expect(readdirPdfs(path.join(dataDir, 'jobs', id, 'files'))).toEqual([]);
  }, 120_000);
});

function readdirPdfs(folder: string): string[] {
  return ['piagam', 'piagam-unit', 'rapor'].flatMap((sub) => {
    try {
      return readdirSync(path.join(folder, sub)).filter((name) => name.endsWith('.pdf'));
    } catch {
      return [];
    }
  });
}
