import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

/** Complaints sampled from Dinas Sosial Musi Banyuasin's register (times in WIB). */
const sampled = [
  {
    reference: 'LAPOR-2024-0117',
    channel: 'sp4n-lapor',
    receivedAt: '2024-03-04T09:00:00+07:00',
    firstResponseAt: '2024-03-04T15:00:00+07:00', // 6 h
    resolvedAt: '2024-03-08T09:00:00+07:00', // 96 h
    outcome: 'resolved',
    summary: 'Bantuan sosial belum diterima',
  },
  {
    reference: 'DS-2024-021',
    channel: 'in-person',
    receivedAt: '2024-04-01T08:00:00+07:00',
    firstResponseAt: '2024-04-02T08:00:00+07:00', // 24 h
    resolvedAt: '2024-04-03T08:00:00+07:00', // 48 h
    outcome: 'resolved',
    summary: '',
  },
  {
    reference: 'DS-2024-033',
    channel: 'whatsapp',
    receivedAt: '2024-05-10T10:00:00+07:00',
    firstResponseAt: '2024-05-10T12:00:00+07:00', // 2 h
    resolvedAt: null,
    outcome: 'in-progress',
    summary: 'Antrean terlalu lama',
  },
];

describe.each(testEngines())('complaint records of a locus unit on $name', (engine) => {
  let testApp: TestApp;
  let base = '';
  const cookie = { admin: '', coordinator: '', assessor: '', verifier: '', liaison: '' };
  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    who: keyof typeof cookie,
    payload?: object,
    language?: string,
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: { cookie: cookie[who], ...(language ? { 'accept-language': language } : {}) },
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    for (const role of Object.keys(cookie) as (keyof typeof cookie)[])
      cookie[role] = await signInAs(testApp.app, demoEmailByRole[role]);
    const { unitIds } = await planMubaLocus(testApp.app, cookie.admin);
    base = `/api/cycles/2024/loci/16.06/units/${unitIds[0]}/complaints`;
    await call('PATCH', '/api/cycles/2024', 'admin', { phases: phasesAround('data-collection') });
  });
  afterAll(() => testApp.close());

  it('records sampled complaints and returns the median and 90th-percentile response times', async () => {
    const empty = await call('GET', base, 'verifier');
    expect(empty.json()).toMatchObject({
      items: [],
      editable: false,
      summary: { complaints: 0, firstResponseHours: null, resolutionHours: null },
    });
    for (const complaint of sampled)
      expect((await call('POST', base, 'assessor', complaint)).statusCode).toBe(201);
    const list = await call('GET', base, 'assessor');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.editable).toBe(true);
    expect(body.items.map((item: { reference: string }) => item.reference)).toEqual([
      'LAPOR-2024-0117',
      'DS-2024-021',
      'DS-2024-033',
    ]);
    expect(body.items[0]).toMatchObject({
      channel: 'sp4n-lapor',
      receivedAt: '2024-03-04T02:00:00.000Z',
      version: 1,
    });
    // First responses 2, 6, 24 h → median 6, p90 (rank ⌈2.7⌉ = 3) 24; resolutions 48, 96 h → median 72, p90 96.
    expect(body.summary).toEqual({
      complaints: 3,
      responded: 3,
      resolved: 2,
      firstResponseHours: { median: 6, p90: 24 },
      resolutionHours: { median: 72, p90: 96 },
    });
    expect((await call('GET', base, 'liaison')).statusCode).toBe(403);
    expect((await call('POST', base, 'verifier', sampled[0])).statusCode).toBe(403);
    const audit = await call('GET', '/api/audit?action=complaint.create', 'admin');
    expect(audit.json().total).toBe(3);
  });

  it('refuses times out of order, in the future, or a resolved complaint without its time, in both languages', async () => {
    const [first] = sampled;
    const backwards = await call('POST', base, 'assessor', {
      ...first,
      firstResponseAt: '2024-03-03T09:00:00+07:00',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message).toBe(
      'Data pengaduan tidak valid: Tanggapan pertama tidak boleh sebelum pengaduan diterima.',
    );
    const resolvedBeforeResponse = await call(
      'POST',
      base,
      'assessor',
      { ...first, resolvedAt: '2024-03-04T12:00:00+07:00' },
      'en',
    );
    expect(resolvedBeforeResponse.json().error.message).toBe(
      'The complaint record is not valid: The resolution cannot be before the first response.',
    );
    const future = await call('POST', base, 'assessor', {
      ...first,
      receivedAt: '2099-01-01T00:00:00+07:00',
      firstResponseAt: null,
      resolvedAt: null,
      outcome: 'in-progress',
    });
    expect(future.json().error.message).toContain('Waktu diterima tidak boleh di masa depan');
    const unresolved = await call('POST', base, 'assessor', { ...first, resolvedAt: null });
    expect(unresolved.json().error.message).toContain('Pengaduan berstatus selesai memerlukan waktu selesai');
    expect((await call('POST', base, 'assessor', { ...first, channel: 'fax' })).statusCode).toBe(400);
    expect((await call('GET', base, 'assessor')).json().items).toHaveLength(3);
  });

  it('saves over the version read; a stale version gets 409 with the current record', async () => {
    const [record] = (await call('GET', base, 'assessor')).json().items;
    const changed = await call('PATCH', `${base}/${record.id}`, 'assessor', {
      ...sampled[0],
      summary: 'Bantuan sosial belum diterima (sudah dicairkan)',
      expectedVersion: 1,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().version).toBe(2);
    const stale = await call('PATCH', `${base}/${record.id}`, 'coordinator', {
      ...sampled[0],
      summary: 'versi lama',
      expectedVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({
      version: 2,
      summary: 'Bantuan sosial belum diterima (sudah dicairkan)',
    });
    const staleDelete = await call('DELETE', `${base}/${record.id}?expectedVersion=1`, 'assessor');
    expect(staleDelete.statusCode).toBe(409);
    expect((await call('DELETE', `${base}/${record.id}?expectedVersion=2`, 'assessor')).statusCode).toBe(204);
    const after = (await call('GET', base, 'assessor')).json();
    expect(after.items).toHaveLength(2);
    expect(after.summary.firstResponseHours).toEqual({ median: 13, p90: 24 });
  });

  it('two concurrent saves of one record: exactly one wins, the other gets 409', async () => {
    const [record] = (await call('GET', base, 'assessor')).json().items;
    const save = (summary: string, who: keyof typeof cookie) =>
      call('PATCH', `${base}/${record.id}`, who, { ...sampled[1], summary, expectedVersion: record.version });
    const outcomes = await Promise.all([
      save('oleh asesor', 'assessor'),
      save('oleh koordinator', 'coordinator'),
    ]);
    expect(outcomes.map((outcome) => outcome.statusCode).sort()).toEqual([200, 409]);
  });

  it('is read only once data collection and verification have closed', async () => {
    await call('PATCH', '/api/cycles/2024', 'admin', { phases: phasesAround('objection-window') });
    const list = await call('GET', base, 'assessor');
    expect(list.json().editable).toBe(false);
    const refused = await call('POST', base, 'assessor', sampled[2]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('PHASE_CLOSED');
  });
});
