import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

type Who = keyof typeof demoEmailByRole;

describe.each(testEngines())('field collection of a locus unit on $name', (engine) => {
  let testApp: TestApp;
  const cookie: Record<Who, string> = { admin: '', coordinator: '', assessor: '', verifier: '', liaison: '' };
  let unitIds: string[] = [];
  let dinsos = '';
  let headId = '';
  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    who?: Who,
    payload?: object,
    language?: 'en',
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: {
        ...(who ? { cookie: cookie[who] } : {}),
        ...(language ? { 'accept-language': language } : {}),
      },
      ...(payload ? { payload } : {}),
    });
  const saveAnswer = (payload: object, who: Who = 'assessor') =>
    call('PUT', `${dinsos}/answers`, who, payload);

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    for (const role of Object.keys(cookie) as Who[])
      cookie[role] = await signInAs(testApp.app, demoEmailByRole[role]);
    unitIds = (await planMubaLocus(testApp.app, cookie.admin)).unitIds;
    dinsos = `/api/cycles/2024/loci/16.06/units/${unitIds[0]}`;
    const moved = await call('PATCH', '/api/cycles/2024', 'admin', {
      phases: phasesAround('data-collection'),
    });
    expect(moved.statusCode).toBe(200);
  });
  afterAll(() => testApp.close());

  it('generates the interviews and unit checklists from the frozen edition; provisional data only for collection roles', async () => {
    const response = await call('GET', `${dinsos}/collection`, 'assessor');
    expect(response.statusCode).toBe(200);
    const unit = response.json();
    expect(unit).toMatchObject({
      entity: { code: '16.06', name: 'Kab. Musi Banyuasin' },
      unit: { name: 'Dinas Sosial', unitTypeCode: 'dinas-sosial' },
      status: 'draft',
      editable: true,
      notEditableReason: null,
      missingRoles: ['kepala-unit', 'petugas-pelayanan', 'ketua-tim-pengaduan', 'petugas-pengaduan'],
      respondents: [],
      answers: [],
    });
    const interviews = unit.forms.interviews.map(
      (form: { roleCode: string; questions: { indicatorCode: string }[] }) =>
        `${form.roleCode}:${form.questions.map((question) => question.indicatorCode).join(',')}`,
    );
    expect(interviews).toEqual([
      'kepala-unit:INP-K01,INP-K02,INP-K03,INP-K04,INP-K05,INP-K06',
      'petugas-pelayanan:INP-K01,INP-K02,INP-K03,INP-K04,INP-K05,INP-K06',
      'ketua-tim-pengaduan:INP-K01,INP-K02,INP-K03,INP-K04,INP-K05,INP-K06,PGD-07,PGD-08',
      'petugas-pengaduan:INP-K01,INP-K02,INP-K03,INP-K04,INP-K05,INP-K06,PGD-07,PGD-08',
    ]);
    // Survey questions are answered by the public survey, never here.
    expect(unit.forms.checklists.map((checklist: { method: string }) => checklist.method)).toEqual([
      'observation',
      'document',
      'complaint-records',
    ]);
    const observation = unit.forms.checklists[0].questions[0];
    expect(observation).toMatchObject({ indicatorCode: 'INP-S07', needsEvidence: true });
    expect(observation.levels.map((level: { value: number }) => level.value)).toEqual([0, 1, 2, 3]);
    expect(unit.provisionalScore).toMatchObject({ roundedScore: 0, answeredCount: 0 });
    expect(unit.provisionalScore.dimensions).toHaveLength(4);

    for (const who of ['admin', 'coordinator', 'verifier'] as const)
      expect((await call('GET', `${dinsos}/collection`, who)).statusCode).toBe(200);
    // The liaison of Muba and the public never see provisional scores or field data.
    expect((await call('GET', `${dinsos}/collection`, 'liaison')).statusCode).toBe(403);
    expect((await call('GET', `${dinsos}/collection`)).statusCode).toBe(401);
    expect(
      (
        await call(
          'GET',
          '/api/cycles/2024/loci/16.06/units/00000000-0000-4000-8000-000000000000/collection',
          'assessor',
        )
      ).statusCode,
    ).toBe(404);
  });

  it('records the four officials, refusing a role beyond its required count and a complaint officer without SK', async () => {
    const head = await call('POST', `${dinsos}/respondents`, 'assessor', {
      roleCode: 'kepala-unit',
      name: 'Drs. Hendra Wijaya',
      jobTitle: 'Kepala Dinas Sosial',
      employment: 'asn',
    });
    expect(head.statusCode).toBe(201);
    headId = head.json().respondent.id;
    expect(head.json().respondent).toMatchObject({ version: 1, decreeNumber: null });
    expect(head.json().missingRoles).toEqual([
      'petugas-pelayanan',
      'ketua-tim-pengaduan',
      'petugas-pengaduan',
    ]);

    const second = await call('POST', `${dinsos}/respondents`, 'assessor', {
      roleCode: 'kepala-unit',
      name: 'Budi',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toBe(
      'Dinas Sosial sudah memiliki 1 responden Kepala unit/dinas (Drs. Hendra Wijaya); metodologi meminta 1. Ubah data responden yang ada alih-alih menambah.',
    );
    const secondEn = await call(
      'POST',
      `${dinsos}/respondents`,
      'assessor',
      { roleCode: 'kepala-unit', name: 'Budi' },
      'en',
    );
    expect(secondEn.json().error.message).toContain('already has 1 respondent(s) as Head of the unit/agency');

    const noDecree = await call('POST', `${dinsos}/respondents`, 'assessor', {
      roleCode: 'petugas-pengaduan',
      name: 'Siti Aminah',
    });
    expect(noDecree.statusCode).toBe(400);
    expect(noDecree.json().error.message).toContain('nomor SK dan tanggal SK');
    const noEmployment = await call('POST', `${dinsos}/respondents`, 'assessor', {
      roleCode: 'petugas-pelayanan',
      name: 'Rina',
    });
    expect(noEmployment.statusCode).toBe(400);
    expect(
      (await call('POST', `${dinsos}/respondents`, 'assessor', { roleCode: 'asesor', name: 'X' })).statusCode,
    ).toBe(400);

    const officer = await call('POST', `${dinsos}/respondents`, 'assessor', {
      roleCode: 'petugas-pengaduan',
      name: 'Siti Aminah',
      decreeNumber: '800/123/DINSOS/2024',
      decreeDate: '2024-01-15',
    });
    expect(officer.statusCode).toBe(201);
    expect(officer.json().respondent).toMatchObject({
      decreeNumber: '800/123/DINSOS/2024',
      decreeDate: '2024-01-15',
    });
    const officerId = officer.json().respondent.id;

    const renamed = await call('PATCH', `${dinsos}/respondents/${officerId}`, 'assessor', {
      name: 'Siti Aminah, S.Sos.',
      decreeNumber: '800/123/DINSOS/2024',
      decreeDate: '2024-01-15',
      expectedVersion: 1,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().respondent).toMatchObject({ name: 'Siti Aminah, S.Sos.', version: 2 });
    const stale = await call('PATCH', `${dinsos}/respondents/${officerId}`, 'assessor', {
      name: 'Siti',
      decreeNumber: '800/123/DINSOS/2024',
      decreeDate: '2024-01-15',
      expectedVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({ name: 'Siti Aminah, S.Sos.', version: 2 });

    const removed = await call('DELETE', `${dinsos}/respondents/${officerId}`, 'assessor');
    expect(removed.statusCode).toBe(200);
    expect(removed.json().missingRoles).toContain('petugas-pengaduan');
    // The liaison cannot write; a verifier neither.
    expect(
      (await call('POST', `${dinsos}/respondents`, 'liaison', { roleCode: 'kepala-unit', name: 'L' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('POST', `${dinsos}/respondents`, 'verifier', { roleCode: 'kepala-unit', name: 'V' }))
        .statusCode,
    ).toBe(403);
    const audit = await call('GET', '/api/audit?resourceType=respondent&pageSize=50', 'admin');
    expect(
      audit
        .json()
        .items.map((entry: { action: string }) => entry.action)
        .sort(),
    ).toEqual(['respondent.create', 'respondent.create', 'respondent.delete', 'respondent.update']);
    // The locus counts what is recorded: the one official left, against the plan.
    const locus = (await call('GET', '/api/cycles/2024/loci/16.06', 'admin')).json();
    expect(locus).toMatchObject({ respondentsRecorded: 1, plan: { recorded: 1 } });
    const mine = (await call('GET', '/api/my-loci', 'assessor')).json().items;
    expect(mine).toEqual([expect.objectContaining({ entityCode: '16.06', respondentsRecorded: 1 })]);
  });

  it('saves answers with versions, validates them against the forms, and refuses a stale version with the current value', async () => {
    const first = await saveAnswer({
      respondentId: headId,
      indicatorCode: 'INP-K01',
      level: 3,
      note: 'Ada SOP',
      expectedVersion: 0,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      level: 3,
      note: 'Ada SOP',
      version: 1,
      updatedBy: expect.any(String),
      evidence: [],
    });

    const stale = await saveAnswer(
      { respondentId: headId, indicatorCode: 'INP-K01', level: 1, note: 'x', expectedVersion: 0 },
      'coordinator',
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    expect(stale.json().error.details).toMatchObject({
      level: 3,
      note: 'Ada SOP',
      version: 1,
      updatedBy: first.json().updatedBy,
      updatedAt: first.json().updatedAt,
    });
    const second = await saveAnswer({
      respondentId: headId,
      indicatorCode: 'INP-K01',
      level: 2,
      note: 'SOP belum dipajang',
      expectedVersion: 1,
    });
    expect(second.json()).toMatchObject({ level: 2, version: 2 });

    const invalid = [
      { respondentId: headId, indicatorCode: 'INP-S07', level: 1, note: '', expectedVersion: 0 }, // not asked of the head
      { respondentId: headId, indicatorCode: 'PGD-07', level: 1, note: '', expectedVersion: 0 }, // complaint team only
      { respondentId: null, indicatorCode: 'INP-K01', level: 1, note: '', expectedVersion: 0 }, // an interview question
      { respondentId: null, indicatorCode: 'OUT-01', level: 1, note: '', expectedVersion: 0 }, // the survey's
      { respondentId: null, indicatorCode: 'INP-S07', level: 4, note: '', expectedVersion: 0 }, // off the scale
      {
        respondentId: '00000000-0000-4000-8000-000000000000',
        indicatorCode: 'INP-K01',
        level: 1,
        note: '',
        expectedVersion: 0,
      },
    ];
    for (const payload of invalid)
      expect((await saveAnswer(payload)).statusCode, JSON.stringify(payload)).toBe(400);

    const observed = await saveAnswer({
      respondentId: null,
      indicatorCode: 'INP-S07',
      level: null,
      note: 'Ruang tunggu belum dicek',
      expectedVersion: 0,
    });
    expect(observed.json()).toMatchObject({ respondentId: null, level: null, version: 1 });
    const audit = await call('GET', '/api/audit?resourceType=answer&pageSize=50', 'admin');
    expect(audit.json().total).toBe(3);

    const collection = (await call('GET', `${dinsos}/collection`, 'assessor')).json();
    expect(collection.answers).toHaveLength(2);
    expect(collection.respondents.map((respondent: { version: number }) => respondent.version)).toEqual([1]);
    expect(collection.provisionalScore.roundedScore).toBeGreaterThan(0);
    expect(collection.provisionalScore.answeredCount).toBe(1);
  });

  it('lets exactly one of two concurrent saves of the same version win; the other gets 409', async () => {
    const payload = (level: number, expectedVersion: number) => ({
      respondentId: null,
      indicatorCode: 'PRS-01',
      level,
      note: `level ${level}`,
      expectedVersion,
    });
    const created = await Promise.all([saveAnswer(payload(1, 0)), saveAnswer(payload(2, 0), 'coordinator')]);
    expect(created.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const updated = await Promise.all([saveAnswer(payload(3, 1)), saveAnswer(payload(0, 1), 'coordinator')]);
    expect(updated.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const winner = updated.find((response) => response.statusCode === 200)?.json();
    const loser = updated.find((response) => response.statusCode === 409)?.json();
    expect(loser.error.details).toMatchObject({ level: winner.level, version: 2 });
    const stored = (await call('GET', `${dinsos}/collection`, 'assessor'))
      .json()
      .answers.filter((answer: { indicatorCode: string }) => answer.indicatorCode === 'PRS-01');
    expect(stored).toMatchObject([{ level: winner.level, version: 2 }]);
  });

  it('never drops a unit or locus holding field data, and closes answers outside the collection phases', async () => {
    expect(
      (await call('PATCH', '/api/cycles/2024', 'admin', { phases: phasesAround('entry-meetings') }))
        .statusCode,
    ).toBe(200);
    const closed = await saveAnswer({
      respondentId: null,
      indicatorCode: 'PRS-02',
      level: 1,
      note: '',
      expectedVersion: 0,
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('PHASE_CLOSED');
    const view = (await call('GET', `${dinsos}/collection`, 'assessor')).json();
    expect(view).toMatchObject({ editable: false, notEditableReason: { id: expect.any(String) } });

    const removeLocus = await call('POST', '/api/cycles/2024/loci/remove', 'coordinator', {
      entityCodes: ['16.06'],
    });
    expect(removeLocus.statusCode).toBe(409);
    expect(removeLocus.json().error.message).toContain(
      'Unit Dinas Sosial (Kab. Musi Banyuasin) sudah memiliki data lapangan',
    );
    const dropDinsos = await call('PUT', '/api/cycles/2024/loci/16.06', 'coordinator', {
      unitIds: unitIds.slice(1),
    });
    expect(dropDinsos.statusCode).toBe(409);
    expect((await call('GET', `${dinsos}/collection`, 'assessor')).statusCode).toBe(200);
    // A unit with nothing recorded can still be dropped.
    const dropEmpty = await call('PUT', '/api/cycles/2024/loci/16.06', 'coordinator', {
      unitIds: unitIds.filter((id) => id !== unitIds[1]),
    });
    expect(dropEmpty.statusCode).toBe(200);
    expect(dropEmpty.json().unitCount).toBe(5);
  });
});
