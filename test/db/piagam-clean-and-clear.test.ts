import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { importResults } from '../../src/server/use-cases/import-results';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { cycleRequest } from '../helpers/cycle-factory';
import { signDocumentYears } from '../helpers/sign-document-years';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';
import { publishMubaComputedSnapshot } from './documents-fixtures';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

/**
 * Issue #16, the 2022–2024 piagam gate ("Clean and Clear", domain.md §4): the piagam goes to green-zone
 * entities with every oversight product followed up at the cut-off; the rest get their rapor. A historical
 * year the register holds nothing for keeps its published outcome.
 */
describe.each(testEngines())('the Clean and Clear piagam gate on $name', (engine) => {
  // 1 November 2024, 10:00 WIB: confirmations made now are dated 2024-11-01, before 2024's cut-off.
  const clock = createTestClock('2024-11-01T03:00:00.000Z');
  let testApp: TestApp;
  let coordinator = '';

  const get = (url: string) => testApp.app.inject({ method: 'GET', url });
  const piagamStatus = async (code: string, year = 2024) =>
    (await get(`/api/public/entities/${code}/piagam.pdf?year=${year}`)).statusCode;
  const piagamUrl = async (code: string) =>
    (await get(`/api/public/entities/${code}/documents?year=2024`)).json().piagamUrl;
  const record = async (entityCode: string, number: string, issuedOn: string) => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: `/api/entities/${entityCode}/oversight-products`,
      headers: { cookie: coordinator },
      payload: {
        kind: 'tindakan_korektif',
        number,
        issuedOn,
        subject: 'Penundaan berlarut pelayanan',
        issuingOffice: 'Ombudsman RI Perwakilan Sumatera Selatan',
        dueOn: null,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().items.find((item: { number: string }) => item.number === number);
  };

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    await signDocumentYears(testApp.database.db, [2022, 2023, 2024, 2025, 2026]);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    // 2024 as published: three green governments and one yellow, imported without any register data.
    const content = Buffer.from(
      [
        'year,entity_code,score,methodology',
        '2024,16.06,93.31,ombudsman-kepatuhan@2024r1',
        '2024,16.73,95.70,ombudsman-kepatuhan@2024r1',
        '2024,16.02,90.00,ombudsman-kepatuhan@2024r1',
        '2024,16.01,58.99,ombudsman-kepatuhan@2024r1',
        '',
      ].join('\n'),
    );
    await importResults(
      testApp.database.db,
      undefined,
      { fileName: '2024.csv', content, embargoAt: new Date(clock.now().getTime() - 3600_000) },
      commandLineAuditContext,
      clock.now(),
    );
  });
  afterAll(() => testApp.close());

  it('keeps the published outcome of a historical year the register holds nothing for', async () => {
    for (const code of ['16.06', '16.73', '16.02', '16.01']) {
      expect(await piagamStatus(code)).toBe(200);
      expect(await piagamUrl(code)).toBe(`/api/public/entities/${code}/piagam.pdf?year=2024`);
    }
  });

  it('once the register holds the year: only green entities with every product followed up get the piagam', async () => {
    await record('16.06', 'LAHP/0001/2024', '2024-06-03');
    const done = await record('16.73', 'LAHP/0002/2024', '2024-05-02');
    const confirmed = await testApp.app.inject({
      method: 'POST',
      url: `/api/entities/16.73/oversight-products/${done.id}/confirmation`,
      headers: { cookie: coordinator },
      payload: { followUpStatus: 'selesai', version: done.version },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    // Muba: green, but a corrective action open at the cut-off (31 December 2024, no 2024 cycle).
    const muba = await get('/api/public/entities/16.06/piagam.pdf?year=2024');
    expect(muba.statusCode).toBe(404);
    expect(muba.json().error.message).toContain('1 produk pengawasan Ombudsman belum ditindaklanjuti');
    expect(muba.json().error.message).toContain('2024-12-31');
    expect(await piagamUrl('16.06')).toBeNull();
    // Lubuklinggau: green and its one product followed up by the cut-off.
    expect(await piagamStatus('16.73')).toBe(200);
    // OKU: green, nothing issued to it: nothing left undone.
    expect(await piagamStatus('16.02')).toBe(200);
    // Lahat: yellow (58.99 is C/Kuning on the corrected bands) — its rapor, no piagam.
    const lahat = await get('/api/public/entities/16.01/piagam.pdf?year=2024');
    expect(lahat.statusCode).toBe(404);
    expect(lahat.json().error.message).toContain('zona hijau');
    expect(await piagamUrl('16.01')).toBeNull();
    // Everyone keeps the rapor.
    for (const code of ['16.06', '16.01'])
      expect((await get(`/api/public/entities/${code}/rapor.pdf?year=2024`)).statusCode).toBe(200);
  });

  it('gates a computed year too, reading the register at that year’s cut-off', async () => {
    // 2023 computed: Muba's product of June 2024 was not yet issued at 2023's cut-off: nothing open then.
    await publishMubaComputedSnapshot(testApp.database.db, {
      year: 2023,
      embargoAt: new Date(clock.now().getTime() - 60_000),
      score: 91.72,
    });
    // The public view re-reads the published snapshot list at most once a second (public-view-cache.ts).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const computed = await get('/api/public/entities/16.06/piagam.pdf?year=2023');
    expect(computed.statusCode, computed.body.slice(0, 300)).toBe(200);
  });

  it('keeps 31 December for an imported year when a cycle of the same year is planned later', async () => {
    // A 2024 cycle whose data collection ended in October: Lubuklinggau's product was confirmed on
    // 1 November, so it was open at that cycle's cut-off — but that cycle did not produce 2024 as published.
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/cycles',
      headers: { cookie: admin },
      payload: cycleRequest(2024, 'determination', clock.now()),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await piagamStatus('16.73')).toBe(200);
  });
});
