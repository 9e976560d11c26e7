import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import { documentSignatories, renderedDocuments } from '../../src/server/db/schema/documents';
import { resultSnapshots } from '../../src/server/db/schema/results';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { createDocumentRenderer, type DocumentRenderer } from '../../src/server/documents/document-renderer';
import renderDocumentTask from '../../src/server/documents/render-document-task';
import { createRenderPool, type RenderPool } from '../../src/server/documents/render-pool';
import {
  createRenderedDocumentStore,
  recountEverySaves,
  renderedFilesDirectory,
} from '../../src/server/documents/rendered-document-store';
import { seedDemoUsers } from '../../src/server/use-cases/seed-demo-users';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import { signDocumentYears, testCentreSignatory } from '../helpers/sign-document-years';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';
import { decodeQrOfFirstPage, pdfText } from './documents-fixtures';

const publicUrl = 'https://patuh.example.id';
const day = 24 * 3600 * 1000;

describe.each(testEngines())('published documents rendered once, in a bounded pool, on $name', (engine) => {
  let database: DatabaseConnection;
  let dataDir: string;
  const opened: { app: PatuhApp; renderer: DocumentRenderer }[] = [];

  /** An app process on the shared database and data directory, with a renderer the test can count. */
  const startApp = async (pool?: RenderPool) => {
    const renderer = createDocumentRenderer(database.db, {
      dataDir,
      threads: 1,
      queue: 4,
      storeBytes: 64 * 1024 * 1024,
      ...(pool ? { pool } : {}),
    });
    const config = loadConfig({ LOG_LEVEL: 'silent', PATUH_DATA_DIR: dataDir, PATUH_PUBLIC_URL: publicUrl });
    const app = await buildApp({ config, database, renderer });
    await app.ready();
    opened.push({ app, renderer });
    return { app, renderer };
  };
  const get = (app: PatuhApp, url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { host: 'patuh.example.id', ...headers } });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-documents-cache-'));
    database = await engine.open();
    await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    await seedDemoUsers(database.db, commandLineAuditContext);
    await importSumateraSelatanHistory(database.db, commandLineAuditContext, new Date(Date.now() - day));
    await signDocumentYears(database.db, [2022, 2023]);
  }, 120_000);
  afterAll(async () => {
    for (const { app, renderer } of opened) {
      await app.close();
      await renderer.close();
    }
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('renders a rapor once: again, and in a restarted app, it comes from the store; another language or signatory version renders anew', async () => {
    const first = await startApp();
    const url = '/api/public/entities/16.06/rapor.pdf?year=2024';
    const response = await get(first.app, url);
    expect(response.statusCode).toBe(200);
    expect(pdfText(response.rawPayload)).toContain('Kab. Musi Banyuasin');
    expect(first.renderer.stats().rendered).toBe(1);

    const again = await get(first.app, url);
    expect(again.rawPayload.equals(response.rawPayload)).toBe(true);
    expect(first.renderer.stats().rendered).toBe(1);
    const [stored] = await database.db
      .select({ rows: count() })
      .from(renderedDocuments)
      .where(eq(renderedDocuments.kind, 'rapor'));
    expect(stored?.rows).toBe(1);

    // A second process (or the same after a restart): nothing in memory, the store has it.
    const restarted = await startApp();
    const fromStore = await get(restarted.app, url);
    expect(fromStore.rawPayload.equals(response.rawPayload)).toBe(true);
    expect(restarted.renderer.stats().rendered).toBe(0);

    const english = await get(first.app, `${url}&lang=en`);
    expect(pdfText(english.rawPayload)).toContain('PUBLIC SERVICE COMPLIANCE REPORT CARD');
    expect(first.renderer.stats().rendered).toBe(2);

    // No piagam of 2024 has been issued in Sumatera Selatan yet, so its office may still set signatories;
    // the rapor prints the office as issuer, so it is a new version.
    const coordinator = await signInAs(first.app, demoEmailByRole.coordinator);
    const saved = await first.app.inject({
      method: 'PUT',
      url: '/api/document-signatories/2024/16',
      headers: { cookie: coordinator },
      payload: {
        signatories: [{ name: 'M. Adrian Agustiansyah', title: 'Kepala Perwakilan' }],
        place: 'Palembang',
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const signed = await get(first.app, url);
    expect(first.renderer.stats().rendered).toBe(3);
    // The issuer line is letter-spaced: pdftotext reads it with a space between letters.
    const issuerOf = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, '');
    expect(issuerOf(signed.rawPayload)).toContain('PERWAKILANPROVINSISUMATERASELATAN');
    expect(issuerOf(response.rawPayload)).not.toContain('PERWAKILANPROVINSI');
  }, 180_000);

  it('prints the configured public address in the QR code whatever Host the request names, and renders the piagam once', async () => {
    const { app, renderer } = await startApp();
    const url = '/api/public/entities/16.71/piagam.pdf?year=2023';
    const forged = await get(app, url, { host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    expect(forged.statusCode).toBe(200);
    const code = String(forged.headers['x-verification-code']);
    expect(decodeQrOfFirstPage(forged.rawPayload)).toBe(`${publicUrl}/verifikasi/${code}`);
    expect(pdfText(forged.rawPayload)).not.toContain('evil.example');
    const honest = await get(app, url);
    expect(honest.rawPayload.equals(forged.rawPayload)).toBe(true);
    expect(renderer.stats().rendered).toBe(1);
  }, 180_000);

  it('answers 503 with Retry-After in the error shape when the pool and its queue are full', async () => {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    // One thread, one place in the queue; renders wait at the gate until the test opens it.
    const pool = createRenderPool({ threads: 1, queue: 1 }, async (task) => {
      await gate;
      return renderDocumentTask(task);
    });
    const { app, renderer } = await startApp(pool);
    const held = [
      get(app, '/api/public/entities/16.01/rapor.pdf?year=2024'),
      get(app, '/api/public/entities/16.02/rapor.pdf?year=2024'),
    ];
    while (pool.stats().running + pool.stats().waiting < 2)
      await new Promise((resolve) => setImmediate(resolve));

    const refused = await get(app, '/api/public/entities/16.03/rapor.pdf?year=2024');
    expect(refused.statusCode).toBe(503);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const body = refused.json();
    expect(body).toEqual({
      error: {
        code: 'DOCUMENTS_BUSY',
        message: expect.stringContaining('Coba lagi'),
        requestId: refused.headers['x-request-id'],
      },
    });
    const refusedInEnglish = await get(app, '/api/public/entities/16.04/rapor.pdf?year=2024', {
      'accept-language': 'en',
    });
    expect(refusedInEnglish.statusCode).toBe(503);
    expect(refusedInEnglish.json().error.message).toContain('Try again');

    open();
    expect((await Promise.all(held)).map((response) => response.statusCode)).toEqual([200, 200]);
    const later = await get(app, '/api/public/entities/16.03/rapor.pdf?year=2024');
    expect(later.statusCode).toBe(200);
    expect(later.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(renderer.stats().rendered).toBe(3);
  }, 180_000);

  it('freezes the signatories of a year with the first piagam issued: changes are refused and re-prints keep what was issued', async () => {
    const { app } = await startApp();
    const url = '/api/public/entities/16.06/piagam.pdf?year=2022';
    const issued = await get(app, url);
    expect(issued.statusCode).toBe(200);
    const code = String(issued.headers['x-verification-code']);
    expect(pdfText(issued.rawPayload)).toContain(testCentreSignatory.name);

    const coordinator = await signInAs(app, demoEmailByRole.coordinator);
    const admin = await signInAs(app, demoEmailByRole.admin);
    const put = (office: string, cookie: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/document-signatories/2022/${office}`,
        headers: { cookie },
        payload: {
          signatories: [{ name: 'Nama Pengganti', title: 'Kepala Perwakilan' }],
          place: 'Palembang',
        },
      });
    const province = await put('16', coordinator);
    expect(province.statusCode).toBe(409);
    expect(province.json().error.code).toBe('SIGNATORIES_FROZEN');
    // The piagam printed the centre's signatory because Sumatera Selatan had set none: both are frozen.
    expect((await put('pusat', admin)).statusCode).toBe(409);
    // An office none of whose entities has an issued piagam of 2022 may still set its own.
    expect((await put('31', admin)).statusCode).toBe(200);

    // Even a change that bypasses the route leaves an issued code printing what it was issued with: here a
    // new render (English) of the same code.
    await database.db.insert(documentSignatories).values({
      year: 2022,
      officeCode: '16',
      signatories: [{ name: 'Nama Pengganti', title: 'Kepala Perwakilan' }],
      place: 'Palembang',
    });
    const reprint = await get(app, `${url}&lang=en`);
    expect(reprint.headers['x-verification-code']).toBe(code);
    const text = pdfText(reprint.rawPayload);
    expect(text).toContain(testCentreSignatory.name);
    expect(text).not.toContain('Nama Pengganti');
    expect((await get(app, `/api/public/verify/${code}`)).json()).toMatchObject({ status: 'valid' });
  }, 180_000);

  it('keeps the store within its bound, dropping the least recently used documents and their files', async () => {
    const [snapshot] = await database.db.select({ id: resultSnapshots.id }).from(resultSnapshots).limit(1);
    const snapshotId = snapshot?.id ?? '';
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-store-bound-'));
    // The bound counts every row: start from an empty store (the documents of the cases above go).
    await database.db.delete(renderedDocuments);
    const store = createRenderedDocumentStore(database.db, folder, 250);
    const ref = (key: string) => ({ key, kind: 'piagam' as const, snapshotId });
    try {
      await store.save(ref('bound-a'), Buffer.alloc(100, 'a'));
      await store.save(ref('bound-b'), Buffer.alloc(100, 'b'));
      // Reading "a" makes it the more recently used one, so "b" goes when "c" does not fit.
      expect((await store.read('bound-a'))?.toString()).toBe('a'.repeat(100));
      await store.save(ref('bound-c'), Buffer.alloc(100, 'c'));
      expect(await store.read('bound-b')).toBeUndefined();
      expect(await store.read('bound-a')).toBeDefined();
      expect(await store.read('bound-c')).toBeDefined();
      expect(fs.readdirSync(renderedFilesDirectory(folder))).toHaveLength(2);
    } finally {
      await database.db.delete(renderedDocuments).where(eq(renderedDocuments.snapshotId, snapshotId));
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps a running total of the store that matches the table, after re-saves, drops and a restart', async () => {
    const [snapshot] = await database.db.select({ id: resultSnapshots.id }).from(resultSnapshots).limit(1);
    const snapshotId = snapshot?.id ?? '';
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-store-total-'));
    await database.db.delete(renderedDocuments);
    const ref = (key: string) => ({ key, kind: 'rapor' as const, snapshotId });
    const tableBytes = async () =>
      (await database.db.select({ sizeBytes: renderedDocuments.sizeBytes }).from(renderedDocuments)).reduce(
        (sum, row) => sum + row.sizeBytes,
        0,
      );
    try {
      const store = createRenderedDocumentStore(database.db, folder, 300);
      await store.save(ref('total-a'), Buffer.alloc(100, 'a'));
      await store.save(ref('total-b'), Buffer.alloc(120, 'b'));
      // A key rendered again (its file went missing) replaces its size rather than adding to it.
      await store.save(ref('total-a'), Buffer.alloc(60, 'x'));
      expect(await store.storedBytes()).toBe(180);
      // Beyond the bound the oldest ("b", then "a") go, and what they held leaves the total.
      await store.save(ref('total-c'), Buffer.alloc(200, 'c'));
      expect(await store.storedBytes()).toBe(await tableBytes());
      expect(await store.storedBytes()).toBeLessThanOrEqual(300);
      // A restarted process starts from what the table holds.
      const restarted = createRenderedDocumentStore(database.db, folder, 300);
      expect(await restarted.storedBytes()).toBe(await tableBytes());

      // Another process's save is not in this process's running total until the periodic recount takes it in.
      await database.db
        .insert(renderedDocuments)
        .values({ ...ref('total-other'), sha256: 'f'.repeat(64), sizeBytes: 50 });
      const before = await restarted.storedBytes();
      expect(before).toBe((await tableBytes()) - 50);
      for (let save = 0; save < recountEverySaves; save += 1)
        await restarted.save(ref('total-c'), Buffer.alloc(200, 'c'));
      expect(await restarted.storedBytes()).toBe(await tableBytes());
    } finally {
      await database.db.delete(renderedDocuments).where(eq(renderedDocuments.snapshotId, snapshotId));
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
