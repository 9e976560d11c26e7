import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { renderDemoPhoto } from '../../src/server/demo/demo-photo';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { signDocumentYears } from '../helpers/sign-document-years';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

const day = 24 * 3600 * 1000;

/** How many images pdfimages lists on the PDF's pages. */
function imageCount(pdf: Buffer): number {
  const folder = mkdtempSync(path.join(tmpdir(), 'patuh-letterhead-'));
  try {
    const file = path.join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2);
    return lines.filter((line) => line.trim() !== '').length;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe.each(testEngines())('office letterheads on $name', (engine) => {
  let testApp: TestApp;
  let admin = '';
  let coordinator = '';

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    const { db } = testApp.database;
    await importSumateraSelatanHistory(db, commandLineAuditContext, new Date(Date.now() - day));
    await signDocumentYears(db, [2022, 2023, 2024]);
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
  }, 120_000);
  afterAll(() => testApp.close());

  const put = (office: string, body: Buffer, cookie: string, type = 'image/png') =>
    testApp.app.inject({
      method: 'PUT',
      url: `/api/document-letterheads/${office}`,
      headers: { cookie, 'content-type': type },
      payload: body,
    });
  const get = (url: string) => testApp.app.inject({ method: 'GET', url });

  it('prints no letterhead until one is set; then the piagam and the rapor show it, audited', async () => {
    const before = await get('/api/public/entities/16.06/rapor.pdf?year=2024');
    expect(imageCount(before.rawPayload)).toBe(0);

    const png = renderDemoPhoto(3, 120);
    const saved = await put('16', png, coordinator);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ officeCode: '16', mediaType: 'image/png' });
    const audits = await testApp.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.resourceType, 'office-letterhead'));
    expect(audits).toEqual([{ action: 'document.letterhead.save' }]);

    // The centre signs (Sumatera Selatan set no signatories), so the centre's letterhead would print: none is
    // set, so the province's is not used either; set the centre's.
    expect((await put('pusat', png, admin)).statusCode).toBe(200);
    const piagam = await get('/api/public/entities/16.71/piagam.pdf?year=2023');
    expect(piagam.statusCode).toBe(200);
    expect(imageCount(piagam.rawPayload)).toBe(1);
    const rapor = await get('/api/public/entities/16.06/rapor.pdf?year=2024');
    expect(imageCount(rapor.rawPayload)).toBe(1);
  }, 120_000);

  it('takes only PNG or JPEG of at most 512 KB, from who manages the office', async () => {
    const png = renderDemoPhoto(4, 80);
    expect((await put('pusat', png, coordinator)).statusCode).toBe(404);
    expect((await put('31', png, coordinator)).statusCode).toBe(404);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const wrongType = await put('16', pdf, coordinator, 'application/pdf');
    expect(wrongType.statusCode).toBe(415);
    const large = Buffer.concat([png, Buffer.alloc(600 * 1024)]);
    expect((await put('16', large, coordinator)).statusCode).toBe(413);
    const listed = await testApp.app.inject({
      method: 'GET',
      url: '/api/document-letterheads',
      headers: { cookie: coordinator },
    });
    expect(listed.json().items.map((item: { officeCode: string }) => item.officeCode)).toEqual(['16']);
    const removed = await testApp.app.inject({
      method: 'DELETE',
      url: '/api/document-letterheads/16',
      headers: { cookie: coordinator },
    });
    expect(removed.statusCode).toBe(204);
  }, 120_000);
});
