import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { issuedDocuments } from '../../src/server/db/schema/documents';
import { resultSnapshots } from '../../src/server/db/schema/results';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { signDocumentYears, testCentreSignatory } from '../helpers/sign-document-years';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';
import { decodeQrOfFirstPage, pdfText, publishMubaComputedSnapshot } from './documents-fixtures';

const day = 24 * 3600 * 1000;

describe.each(testEngines())('piagam, rapor and verification on $name', (engine) => {
  let testApp: TestApp;
  let unitResultIds: string[] = [];

  beforeAll(async () => {
    testApp = await buildTestApp(engine, {
      withDemoUsers: true,
      environment: { PATUH_PUBLIC_URL: 'https://patuh.example.id' },
    });
    const { db } = testApp.database;
    await importSumateraSelatanHistory(db, commandLineAuditContext, new Date(Date.now() - day));
    // 2022 stays unsigned: its public piagam is refused until an office sets its signatories.
    await signDocumentYears(db, [2023, 2024, 2025, 2026]);
    ({ unitResultIds } = await publishMubaComputedSnapshot(db, {
      year: 2025,
      embargoAt: new Date(Date.now() - day),
      score: 94.12,
    }));
    // 2026 is published but still under embargo.
    await publishMubaComputedSnapshot(db, {
      year: 2026,
      embargoAt: new Date(Date.now() + 30 * day),
      score: 90,
    });
  }, 60_000);
  afterAll(() => testApp.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    testApp.app.inject({ method: 'GET', url, headers: { host: 'patuh.test', ...headers } });

  it('prints an entity piagam with entity, score, category and a code whose QR is the verification URL', async () => {
    const response = await get('/api/public/entities/16.06/piagam.pdf?year=2024');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const code = String(response.headers['x-verification-code']);
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Kab. Musi Banyuasin');
    expect(text).toContain('93,31');
    expect(text).toMatch(/\bA\b/);
    expect(text).toContain('PIAGAM PENGHARGAAN');
    // pdftotext may split a letter-spaced code at a wide glyph pair ("D8MT-J QMD-V3"): compare without spaces.
    expect(text.replace(/\s+/g, '')).toContain(code);
    expect(text).toContain(testCentreSignatory.name);
    expect(text).not.toContain('belum diatur');
    // The configured public address, not the request's Host (patuh.test).
    expect(decodeQrOfFirstPage(response.rawPayload)).toBe(`https://patuh.example.id/verifikasi/${code}`);
    // Re-printing gives the same code: a framed certificate stays valid.
    const again = await get('/api/public/entities/16.06/piagam.pdf?year=2024');
    expect(again.headers['x-verification-code']).toBe(code);
  }, 60_000);

  it('answers valid, unknown (typo or never issued) and superseded', async () => {
    const printed = await get('/api/public/entities/16.05/piagam.pdf?year=2023');
    const code = String(printed.headers['x-verification-code']);
    const valid = (await get(`/api/public/verify/${code.toLowerCase().replaceAll('-', '')}`)).json();
    expect(valid).toMatchObject({
      status: 'valid',
      code,
      wellFormed: true,
      document: { year: 2023, entityCode: '16.05', unitName: null },
    });
    const typo = `${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`;
    expect((await get(`/api/public/verify/${typo}`)).json()).toMatchObject({
      status: 'unknown',
      wellFormed: false,
      document: null,
    });
    expect((await get('/api/public/verify/2222-2222-22')).json()).toMatchObject({
      status: 'unknown',
      wellFormed: true,
    });
    // A corrected 2023 (one score changed) supersedes the snapshot the piagam was printed from.
    const corrected = 'year,entity_code,score\n2023,16.05,77.00\n';
    const imported = await testApp.app.inject({
      method: 'POST',
      url: '/api/results/imports',
      headers: { cookie: await signInAs(testApp.app, demoEmailByRole.admin) },
      payload: { fileName: 'koreksi.csv', contentBase64: Buffer.from(corrected).toString('base64') },
    });
    expect(imported.statusCode).toBe(200);
    const superseded = (await get(`/api/public/verify/${code}`)).json();
    expect(superseded).toMatchObject({ status: 'superseded', document: { year: 2023, entityCode: '16.05' } });
    // The old code names the code of the reissued piagam, which verifies as valid once printed.
    const newCode = superseded.current.code;
    expect(newCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(newCode).not.toBe(code);
    const reissued = await get('/api/public/entities/16.05/piagam.pdf?year=2023');
    expect(reissued.headers['x-verification-code']).toBe(newCode);
    expect((await get(`/api/public/verify/${newCode}`)).json()).toMatchObject({ status: 'valid' });
  }, 60_000);

  it('prints a unit piagam and a rapor with the units; answers 404 before the embargo', async () => {
    const unitId = unitResultIds[0] ?? '';
    const unit = await get(`/api/public/units/${unitId}/piagam.pdf`);
    expect(unit.statusCode).toBe(200);
    const unitText = pdfText(unit.rawPayload);
    expect(unitText).toContain('Dinas Sosial');
    expect(unitText).toContain('95,50');
    expect(unitText.replace(/\s+/g, '')).toContain(String(unit.headers['x-verification-code']));
    const verified = (await get(`/api/public/verify/${unit.headers['x-verification-code']}`)).json();
    expect(verified).toMatchObject({ status: 'valid', document: { unitName: 'Dinas Sosial', year: 2025 } });

    const rapor = await get('/api/public/entities/16.06/rapor.pdf?year=2025');
    expect(rapor.statusCode).toBe(200);
    const raporText = pdfText(rapor.rawPayload);
    expect(raporText).toContain('Kab. Musi Banyuasin');
    expect(raporText).toContain('94,12');
    expect(raporText).toContain('Puskesmas Ulak Paceh');
    expect(raporText).toContain('93,31 (2024)');
    expect(raporText).toContain('tidak tersedia untuk hasil ini');
    expect(raporText).not.toContain('kategori tertinggi');

    const links = (await get('/api/public/entities/16.06/documents?year=2025')).json();
    expect(links.units).toHaveLength(2);
    expect((await get('/api/public/entities/16.06/piagam.pdf?year=2026')).statusCode).toBe(404);
    expect((await get('/api/public/entities/16.06/rapor.pdf?year=2026')).statusCode).toBe(404);
    expect((await get('/api/public/entities/16.06/documents?year=2026')).statusCode).toBe(404);
  }, 60_000);

  it('prints the rapor with its own code and QR, recorded and audited once, which verifies as a rapor', async () => {
    const rapor = await get('/api/public/entities/16.06/rapor.pdf?year=2024');
    expect(rapor.statusCode).toBe(200);
    const code = String(rapor.headers['x-verification-code']);
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    expect(pdfText(rapor.rawPayload).replace(/\s+/g, '')).toContain(code);
    expect(decodeQrOfFirstPage(rapor.rawPayload)).toBe(`https://patuh.example.id/verifikasi/${code}`);
    const piagam = await get('/api/public/entities/16.06/piagam.pdf?year=2024');
    expect(piagam.headers['x-verification-code']).not.toBe(code);
    const verified = (await get(`/api/public/verify/${code}`)).json();
    expect(verified).toMatchObject({
      status: 'valid',
      code,
      document: { kind: 'rapor', year: 2024, entityCode: '16.06', unitName: null },
    });
    expect((await get(`/api/public/verify/${piagam.headers['x-verification-code']}`)).json()).toMatchObject({
      document: { kind: 'piagam' },
    });
    // In English too: the same code (one per snapshot and entity), recorded and audited once.
    const english = await get('/api/public/entities/16.06/rapor.pdf?year=2024&lang=en');
    expect(english.headers['x-verification-code']).toBe(code);
    const rows = await testApp.database.db
      .select({ kind: issuedDocuments.kind })
      .from(issuedDocuments)
      .where(eq(issuedDocuments.code, code));
    expect(rows).toEqual([{ kind: 'rapor' }]);
    const audits = await testApp.database.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'document.issue'), eq(auditLog.resourceId, code)));
    expect(audits).toEqual([{ after: expect.objectContaining({ kind: 'rapor', year: 2024 }) }]);
  }, 60_000);

  it('refuses a public piagam of a year whose signatories are not set, in Indonesian and English, issuing no code', async () => {
    const refused = await get('/api/public/entities/16.06/piagam.pdf?year=2022');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'PIAGAM_NOT_SIGNED' });
    expect(refused.json().error.message).toContain('belum ditandatangani');
    const inEnglish = await get('/api/public/entities/16.06/piagam.pdf?year=2022', {
      'accept-language': 'en',
    });
    expect(inEnglish.json().error.message).toContain('not signed yet');
    const units = (await get('/api/public/entities/16.06/documents?year=2022')).json();
    expect(units).toMatchObject({ year: 2022, piagamUnsigned: true, piagamUrl: null });
    expect(units.units.every((unit: { piagamUrl: string | null }) => unit.piagamUrl === null)).toBe(true);
    expect(units.raporUrl).toBe('/api/public/entities/16.06/rapor.pdf?year=2022');
    const signed = (await get('/api/public/entities/16.06/documents?year=2024')).json();
    expect(signed).toMatchObject({ piagamUnsigned: false });
    // Nothing was issued for 2022, so nothing is frozen: the province office may still set its signatories
    // (the next test does).
    const issued = await testApp.database.db
      .select({ code: issuedDocuments.code })
      .from(issuedDocuments)
      .innerJoin(resultSnapshots, eq(resultSnapshots.id, issuedDocuments.snapshotId))
      .where(eq(resultSnapshots.year, 2022));
    expect(issued).toEqual([]);
  }, 60_000);

  it('prints the signatories set for the province office; a coordinator sets only their own office', async () => {
    // 2022: no piagam of that year has been issued yet in this file, so its signatories are not frozen.
    const coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    const put = (office: string) =>
      testApp.app.inject({
        method: 'PUT',
        url: `/api/document-signatories/2022/${office}`,
        headers: { cookie: coordinator },
        payload: {
          signatories: [{ name: 'M. Adrian Agustiansyah', title: 'Kepala Perwakilan' }],
          place: 'Palembang',
        },
      });
    expect((await put('16')).statusCode).toBe(200);
    expect((await put('31')).statusCode).toBe(404);
    expect((await put('pusat')).statusCode).toBe(404);
    const list = await testApp.app.inject({
      method: 'GET',
      url: '/api/document-signatories?year=2022',
      headers: { cookie: coordinator },
    });
    expect(list.json().items).toEqual([expect.objectContaining({ officeCode: '16', isSet: true })]);
    const piagam = await get('/api/public/entities/16.71/piagam.pdf?year=2022');
    const text = pdfText(piagam.rawPayload);
    expect(text).toContain('M. Adrian Agustiansyah');
    expect(text).toContain('Palembang');
    expect(piagam.headers['x-signatories']).toBe('province');
    // Signed now, the refused piagam of the same office is served.
    expect((await get('/api/public/entities/16.06/piagam.pdf?year=2022')).statusCode).toBe(200);
  }, 60_000);
});
