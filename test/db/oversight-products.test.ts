import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OversightRegister } from '../../src/contracts/oversight-products.contract';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { findEntityByCode } from '../../src/server/db/repositories/entities.repository';
import { loadFollowUpStatusAtCutOff } from '../../src/server/db/repositories/oversight-products.repository';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { oversightProducts } from '../../src/server/db/schema/oversight-products';
import { createUser } from '../../src/server/use-cases/create-user';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { tinyPdf } from '../helpers/cycle-factory';
import { createOtherLiaison, otherLiaisonEmail } from '../helpers/plan-fixtures';
import {
  demoEmailByRole,
  replacedTestPassword,
  signInAs,
  signInReplacingOneTimePassword,
} from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const base = '/api/entities/16.06/oversight-products';

const lahp = {
  kind: 'tindakan_korektif',
  number: 'LAHP/0012/LM.05-06/2026',
  issuedOn: '2026-03-10',
  subject: 'Penundaan berlarut penerbitan akta kelahiran',
  issuingOffice: 'Ombudsman RI Perwakilan Sumatera Selatan',
  dueOn: '2026-05-10',
};
const lha = { ...lahp, kind: 'saran_perbaikan', number: 'LHA/0031/2026', subject: 'Standar pelayanan RSUD' };

describe.each(testEngines())('oversight products register on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  let coordinator: string;
  let liaison: string;
  let otherLiaison: string;
  let jakartaCoordinator: string;
  let lahpId = '';
  // 23:30 UTC on 4 December is already 5 December in Sumatera Selatan (WIB): confirmations made now are dated
  // 2026-12-05 there, whatever the machine's zone.
  const clock = createTestClock('2026-12-04T23:30:00.000Z');
  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const upload = (cookie: string, productUrl: string) =>
    testApp.app.inject({
      method: 'POST',
      url: `${productUrl}/files?fileName=${encodeURIComponent('surat\u202Etindak-lanjut.pdf')}`,
      headers: { cookie, 'content-type': 'application/pdf' },
      payload: tinyPdf,
    });
  const auditActions = async (resourceId: string) =>
    (
      await testApp.database.db
        .select({ action: auditLog.action, actorUserId: auditLog.actorUserId })
        .from(auditLog)
        .where(eq(auditLog.resourceId, resourceId))
    ).map((row) => row.action);
  const productCount = async () =>
    (await testApp.database.db.select({ total: count() }).from(oversightProducts))[0]?.total ?? 0;

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    otherLiaison = await createOtherLiaison(testApp);
    const { oneTimePassword } = await createUser(
      testApp.database.db,
      undefined,
      {
        email: 'koordinator.jakarta@patuh.test',
        name: 'Koordinator Jakarta',
        role: 'coordinator',
        scope: { provinceCodes: ['31'], entityCode: null },
      },
      commandLineAuditContext,
    );
    jakartaCoordinator = await signInReplacingOneTimePassword(
      testApp.app,
      'koordinator.jakarta@patuh.test',
      oneTimePassword,
    );
  });
  afterAll(() => testApp.close());

  it('lets the province coordinator record products, audited, and refuses a duplicate number', async () => {
    const created = await call(coordinator, 'POST', base, lahp);
    expect(created.statusCode).toBe(201);
    const register: OversightRegister = created.json();
    const product = register.items[0];
    expect(product).toMatchObject({ ...lahp, followUpStatus: 'belum', confirmedByName: null, version: 1 });
    lahpId = product?.id ?? '';
    expect(register).toMatchObject({ canManage: true, canUploadFollowUp: true });
    expect(register.status).toMatchObject({ followedUpInFull: 'open', issued: 1, openProductIds: [lahpId] });
    expect(await auditActions(lahpId)).toEqual(['oversight.create']);
    expect((await call(coordinator, 'POST', base, lahp)).statusCode).toBe(409);
    expect((await call(coordinator, 'POST', base, { ...lha, dueOn: '2026-01-01' })).statusCode).toBe(400);
    // Year 0 is a valid ISO date but not a PostgreSQL one: refused as input, never a 500.
    expect(
      (await call(coordinator, 'POST', base, { ...lha, issuedOn: '0000-01-01', dueOn: null })).statusCode,
    ).toBe(400);
    expect((await call(coordinator, 'GET', `${base}?cutOff=0000-01-01`)).statusCode).toBe(400);
    // A product dated after today (5 December in the entity's zone) is refused; today itself is accepted.
    expect(
      (await call(coordinator, 'POST', base, { ...lha, issuedOn: '2026-12-06', dueOn: null })).statusCode,
    ).toBe(400);
  });

  it('refuses every write outside scope: other province, other liaison, liaisons creating or confirming', async () => {
    const url = `${base}/${lahpId}`;
    const before = await productCount();
    expect((await call(jakartaCoordinator, 'GET', base)).statusCode).toBe(404);
    expect((await call(jakartaCoordinator, 'POST', base, lha)).statusCode).toBe(404);
    expect((await call(jakartaCoordinator, 'PATCH', url, { ...lahp, version: 1 })).statusCode).toBe(404);
    expect(
      (
        await call(jakartaCoordinator, 'POST', `${url}/confirmation`, {
          followUpStatus: 'selesai',
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect((await upload(jakartaCoordinator, url)).statusCode).toBe(404);
    expect((await call(otherLiaison, 'GET', base)).statusCode).toBe(404);
    expect((await upload(otherLiaison, url)).statusCode).toBe(404);
    // Liaisons never record or confirm: refused by the policy before the body is read.
    expect((await call(liaison, 'POST', base, lha)).statusCode).toBe(403);
    expect(
      (await call(liaison, 'POST', `${url}/confirmation`, { followUpStatus: 'selesai', version: 1 }))
        .statusCode,
    ).toBe(403);
    expect((await call(liaison, 'PATCH', url, { ...lahp, version: 1 })).statusCode).toBe(403);
    const assessor = await signInAs(testApp.app, demoEmailByRole.assessor);
    expect((await call(assessor, 'GET', base)).statusCode).toBe(403);
    // An unknown product of an entity in scope is 404 too.
    expect((await upload(liaison, `${base}/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect(await productCount()).toBe(before);
    expect(await auditActions(lahpId)).toEqual(['oversight.create']);
  });

  it('lets the liaison read and upload follow-up evidence, then the coordinator confirm it selesai', async () => {
    const url = `${base}/${lahpId}`;
    const seen = await call(liaison, 'GET', base);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ canManage: false, canUploadFollowUp: true });
    const uploaded = await upload(liaison, url);
    expect(uploaded.statusCode).toBe(201);
    const file = (uploaded.json() as OversightRegister).items[0]?.files[0];
    // The bidi override is taken out of the stored name.
    expect(file).toMatchObject({ fileName: 'surattindak-lanjut.pdf', mediaType: 'application/pdf' });
    expect((await call(coordinator, 'GET', `${url}/files/${file?.sha256}`)).statusCode).toBe(200);
    expect((await call(otherLiaison, 'GET', `${url}/files/${file?.sha256}`)).statusCode).toBe(404);

    const stale = await call(coordinator, 'POST', `${url}/confirmation`, {
      followUpStatus: 'selesai',
      version: 9,
    });
    expect(stale.statusCode).toBe(409);
    const confirmed = await call(coordinator, 'POST', `${url}/confirmation`, {
      followUpStatus: 'selesai',
      note: 'Akta diterbitkan, bukti diterima',
      version: 1,
    });
    expect(confirmed.statusCode).toBe(200);
    const register: OversightRegister = confirmed.json();
    expect(register.items[0]).toMatchObject({
      followUpStatus: 'selesai',
      confirmedByName: expect.any(String),
      confirmedAt: '2026-12-04T23:30:00.000Z',
      confirmations: [{ followUpStatus: 'selesai', confirmedOn: '2026-12-05' }],
      version: 2,
    });
    expect(register.status).toMatchObject({ followedUpInFull: 'all-followed-up', cutOff: '2026-12-05' });
    expect(await auditActions(lahpId)).toEqual(['oversight.create', 'oversight.attach', 'oversight.confirm']);
    const [attach] = await testApp.database.db
      .select({ actorUserId: auditLog.actorUserId })
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, lahpId), eq(auditLog.action, 'oversight.attach')));
    expect(attach?.actorUserId).not.toBeNull();
  });

  it('gives the follow-up status at a cut-off date from the confirmations made by then', async () => {
    const yesterday = (await call(liaison, 'GET', `${base}?cutOff=2026-12-04`)).json() as OversightRegister;
    expect(yesterday.status).toMatchObject({ followedUpInFull: 'open', issued: 1, followedUp: 0 });
    const beforeIssue = (await call(liaison, 'GET', `${base}?cutOff=2026-03-09`)).json() as OversightRegister;
    expect(beforeIssue.status.followedUpInFull).toBe('none');
    const muba = await findEntityByCode(testApp.database.db, '16.06');
    const palembang = await findEntityByCode(testApp.database.db, '16.71');
    if (!muba || !palembang) throw new Error('demo entities missing');
    expect(
      (await loadFollowUpStatusAtCutOff(testApp.database.db, muba.id, '2026-12-05')).followedUpInFull,
    ).toBe('all-followed-up');
    expect(
      (await loadFollowUpStatusAtCutOff(testApp.database.db, palembang.id, '2026-12-05')).followedUpInFull,
    ).toBe('none');
    // A second product left open makes the entity open again; reopening the first keeps the past readable.
    const second = await call(coordinator, 'POST', base, lha);
    expect(second.statusCode).toBe(201);
    expect((second.json() as OversightRegister).status.followedUpInFull).toBe('open');
    // Two days on (sessions idle out meanwhile, so everyone signs in again; the clock stays there).
    clock.set('2026-12-07T03:00:00.000Z');
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    otherLiaison = await signInAs(testApp.app, otherLiaisonEmail, replacedTestPassword);
    const reopened = await call(coordinator, 'POST', `${base}/${lahpId}/confirmation`, {
      followUpStatus: 'sebagian',
      version: 2,
    });
    expect(reopened.statusCode).toBe(200);
    const atFifth = await loadFollowUpStatusAtCutOff(testApp.database.db, muba.id, '2026-12-05');
    expect(atFifth).toMatchObject({ issued: 2, followedUp: 1 });
    const atSeventh = await loadFollowUpStatusAtCutOff(testApp.database.db, muba.id, '2026-12-07');
    expect(atSeventh).toMatchObject({ followedUpInFull: 'open', followedUp: 0 });
  });

  it('leaves ministries and agencies to the centre', async () => {
    const ministry = {
      code: 'K-KEMENKES',
      kind: 'kementerian',
      officialName: 'Kementerian Kesehatan',
      shortName: 'Kemenkes',
    };
    expect((await call(admin, 'POST', '/api/entities', ministry)).statusCode).toBe(201);
    const url = '/api/entities/K-KEMENKES/oversight-products';
    const product = { ...lahp, issuingOffice: 'Ombudsman RI' };
    expect((await call(coordinator, 'POST', url, product)).statusCode).toBe(404);
    expect((await call(coordinator, 'GET', url)).statusCode).toBe(404);
    expect((await call(admin, 'POST', url, product)).statusCode).toBe(201);
  });

  it('imports all or nothing, naming each problem by row, and re-importing the export changes nothing', async () => {
    const header =
      'kode_entitas,jenis,nomor,tanggal,perihal,kantor_penerbit,batas_waktu,status_tindak_lanjut,tanggal_konfirmasi';
    const bad = [
      header,
      '16.71,rekomendasi,REK/001/2026,2026-02-01,Pelayanan KTP elektronik,Ombudsman RI,,selesai,2026-04-01',
      '16.71,saran_penyempurnaan,SP/002/2026,2026-13-01,Jadwal layanan puskesmas,Ombudsman RI Sumsel,,,',
      '31.71,rekomendasi,REK/003/2026,2026-02-01,Pelayanan parkir,Ombudsman RI,,,',
      '16.71,rekomendasi,REK/004/2026,2026-02-01,Antrian,Ombudsman RI,,selesai,',
    ].join('\n');
    const before = await productCount();
    const refused = await testApp.app.inject({
      method: 'POST',
      url: '/api/oversight-products/import?format=csv',
      headers: { cookie: coordinator, 'content-type': 'text/csv' },
      payload: bad,
    });
    expect(refused.statusCode).toBe(422);
    const error = refused.json().error;
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.detailsTotal).toBe(3);
    expect(
      error.details.map((problem: { row: number; column: string; value: string }) => [
        problem.row,
        problem.column,
        problem.value,
      ]),
    ).toEqual([
      [3, 'tanggal', '2026-13-01'],
      [4, 'kode_entitas', '31.71'],
      [5, 'tanggal_konfirmasi', ''],
    ]);
    expect(await productCount()).toBe(before);

    const good = [
      header,
      bad.split('\n')[1],
      '16.71,saran_penyempurnaan,SP/002/2026,2026-03-01,Jadwal layanan,Ombudsman RI Sumsel,2026-06-01,,',
    ].join('\n');
    const imported = await testApp.app.inject({
      method: 'POST',
      url: '/api/oversight-products/import?format=csv',
      headers: { cookie: coordinator, 'content-type': 'text/csv' },
      payload: good,
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({ rows: 2, created: 2, updated: 0 });
    const palembang = (
      await call(coordinator, 'GET', '/api/entities/16.71/oversight-products?cutOff=2026-04-01')
    ).json() as OversightRegister;
    expect(palembang.items.map((item) => [item.number, item.followUpStatus])).toEqual([
      ['REK/001/2026', 'selesai'],
      ['SP/002/2026', 'belum'],
    ]);
    expect(palembang.status).toMatchObject({ followedUpInFull: 'open', issued: 2, followedUp: 1 });
    const audited = await testApp.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(inArray(auditLog.action, ['oversight.import', 'oversight.create']));
    expect(audited.filter((row) => row.action === 'oversight.import')).toHaveLength(1);

    const exported = await call(coordinator, 'GET', '/api/oversight-products/export?format=csv');
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('REK/001/2026');
    expect(exported.body).not.toContain('K-KEMENKES');
    const again = await testApp.app.inject({
      method: 'POST',
      url: '/api/oversight-products/import?format=csv',
      headers: { cookie: coordinator, 'content-type': 'text/csv' },
      payload: exported.rawPayload,
    });
    expect(again.json()).toEqual({ rows: 4, created: 0, updated: 0 });
    const workbook = await call(coordinator, 'GET', '/api/oversight-products/export?format=xlsx');
    const fromXlsx = await testApp.app.inject({
      method: 'POST',
      url: '/api/oversight-products/import?format=xlsx',
      headers: {
        cookie: coordinator,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: workbook.rawPayload,
    });
    expect(fromXlsx.json()).toEqual({ rows: 4, created: 0, updated: 0 });
    // The liaison's export holds only their own entity.
    const own = await call(liaison, 'GET', '/api/oversight-products/export?format=csv');
    expect(own.body).toContain('16.06');
    expect(own.body).not.toContain('16.71');
    expect(
      (await call(otherLiaison, 'GET', '/api/oversight-products/export?format=csv&entityCode=16.06'))
        .statusCode,
    ).toBe(404);
  });
});
