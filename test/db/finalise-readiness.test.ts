import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Methodology } from '../../src/core/methodology/methodology.schema';
import { answerEvidence, answers } from '../../src/server/db/schema/collection';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { fillLocusUnit, findLocusUnitId, methodologyOf } from '../helpers/collected-unit-factory';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

type Phase = Parameters<typeof phasesAround>[0];
type Who = keyof typeof demoEmailByRole;

// Six units filled and walked through the workflow per engine: slow on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

/**
 * Issue #17: the readiness list, the explicit finalise scope with each refusal, verification that runs the
 * completeness check (gaps let through only with a note), withdrawing approvals, and the correction path
 * (accepted objection → unit reopened → corrected → re-verified, re-approved, re-accepted → re-finalised).
 */
describe.each(testEngines())('readiness, finalise scope and correction on $name', (engine) => {
  let testApp: TestApp;
  let methodology: Methodology;
  const cookie = new Map<Who, string>();
  let unitIds: string[] = [];
  let firstSnapshotId = '';
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, who: Who, payload?: unknown) =>
    testApp.app.inject({
      method,
      url,
      headers: { cookie: cookie.get(who) ?? '' },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const unitUrl = (index: number, action: string) =>
    `/api/cycles/2024/loci/16.06/units/${unitIds[index]}/${action}`;
  const moveTo = async (phase: Phase) => {
    const phases = phasesAround(phase);
    const publication = phases.find((candidate) => candidate.code === 'publication');
    const embargoAt = new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString();
    const response = await call('PATCH', '/api/cycles/2024', 'admin', { phases, embargoAt });
    expect(response.statusCode, response.body).toBe(200);
  };
  const locusUnitIdOf = (index: number) =>
    findLocusUnitId(testApp.database.db, '16.06', unitIds[index] ?? '');
  const readiness = async () => {
    const response = await call('GET', '/api/cycles/2024/finalise/readiness', 'admin');
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      ready: boolean;
      acceptedLoci: number;
      loci: {
        code: string;
        accepted: boolean;
        unitsNotVerified: number;
        problems: { code: string; count: number }[];
      }[];
    };
  };
  const problemsOf = async (code: string) =>
    Object.fromEntries(
      ((await readiness()).loci.find((locus) => locus.code === code)?.problems ?? []).map((problem) => [
        problem.code,
        problem.count,
      ]),
    );
  const entityRows = async (snapshotId: string) =>
    (
      (await testApp.database.db.execute(
        sql`select entity_code, score::float8 as score, flags, note from entity_results where snapshot_id = ${snapshotId} order by entity_code`,
      )) as unknown as {
        rows: { entity_code: string; score: number; flags: string[]; note: string | null }[];
      }
    ).rows;

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    methodology = await methodologyOf('ombudsman-kepatuhan@2024r1');
    for (const role of Object.keys(demoEmailByRole) as Who[])
      cookie.set(role, await signInAs(testApp.app, demoEmailByRole[role]));
    ({ unitIds } = await planMubaLocus(testApp.app, cookie.get('admin') ?? ''));
    // A second locus nobody works on: Lubuklinggau with one unit.
    const unit = await call('POST', '/api/entities/16.73/units', 'admin', {
      unitTypeCode: 'disdukcapil',
      name: 'Disdukcapil',
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const planned = await call('PUT', '/api/cycles/2024/loci/16.73', 'admin', { unitIds: [unit.json().id] });
    expect(planned.statusCode, planned.body).toBeLessThan(300);
    await moveTo('verification');
    expect((await call('GET', '/api/cycles/2024', 'admin')).json().methodologySha256).toMatch(
      /^[0-9a-f]{64}$/,
    );
    for (const index of unitIds.keys())
      await fillLocusUnit(testApp.database.db, methodology, await locusUnitIdOf(index), {
        surveyResponses: 6,
      });
  });
  afterAll(() => testApp.close());

  it('lists per locus what keeps it from publication', async () => {
    const before = await readiness();
    expect(before).toMatchObject({ ready: false, acceptedLoci: 0 });
    expect(before.loci.map((locus) => locus.code)).toEqual(['16.06', '16.73']);
    expect(await problemsOf('16.06')).toMatchObject({ 'not-accepted': 1, 'units-not-verified': 6 });
    const empty = await problemsOf('16.73');
    expect(empty).toMatchObject({ 'not-accepted': 1, 'units-not-verified': 1 });
    expect(empty['answers-incomplete']).toBeGreaterThan(0);
    expect(empty['survey-below-quota']).toBeGreaterThan(0);
    expect((await call('GET', '/api/cycles/2024/finalise/readiness', 'coordinator')).statusCode).toBe(403);
  });

  it('verifies only what passes the completeness check, or gaps let through with a note each', async () => {
    for (const index of unitIds.keys())
      expect((await call('POST', unitUrl(index, 'submit'), 'assessor', {})).statusCode).toBe(200);
    // Evidence taken away after submission: the answer no longer meets the edition's evidence rule.
    const locusUnitId = await locusUnitIdOf(4);
    const [bare] = await testApp.database.db
      .select({ id: answers.id, indicatorCode: answers.indicatorCode })
      .from(answers)
      .innerJoin(answerEvidence, eq(answerEvidence.answerId, answers.id))
      .where(eq(answers.locusUnitId, locusUnitId))
      .limit(1);
    if (!bare) throw new Error('no answer with evidence');
    await testApp.database.db.delete(answerEvidence).where(eq(answerEvidence.answerId, bare.id));
    expect((await problemsOf('16.06'))['evidence-missing']).toBe(1);

    const refused = await call('POST', unitUrl(4, 'verify'), 'verifier', {});
    expect(refused.statusCode, refused.body).toBe(422);
    const gaps = refused.json().error.details.gaps as { key: string }[];
    expect(gaps).toEqual([
      expect.objectContaining({ key: expect.stringContaining(`evidence:${bare.indicatorCode}:`) }),
    ]);
    const unknown = await call('POST', unitUrl(4, 'verify'), 'verifier', {
      overrides: [{ key: 'evidence:NOPE:x', note: 'Catatan untuk kekurangan yang tidak ada.' }],
    });
    expect(unknown.statusCode).toBe(400);
    const note = 'Bukti diperiksa langsung di lokasi; salinan menyusul.';
    const verified = await call('POST', unitUrl(4, 'verify'), 'verifier', {
      overrides: [{ key: gaps[0]?.key, note }],
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({
      status: 'verified',
      verificationOverrides: [expect.objectContaining({ note })],
    });
    for (const index of [0, 1, 2, 3, 5])
      expect((await call('POST', unitUrl(index, 'verify'), 'verifier', {})).statusCode).toBe(200);
    // The gap let through is not counted again, and the coordinator sees the note before approving.
    expect((await problemsOf('16.06'))['evidence-missing']).toBeUndefined();
    const approval = await call('GET', '/api/cycles/2024/loci/16.06/approval', 'coordinator');
    expect(
      approval.json().units.find((unit: { unitId: string }) => unit.unitId === unitIds[4]),
    ).toMatchObject({
      verificationOverrides: [expect.objectContaining({ note })],
    });
    const audit = await call('GET', '/api/audit?action=unit.verify', 'admin');
    expect(JSON.stringify(audit.json())).toContain(note);
  });

  it('takes back an approval only with a reason, audited', async () => {
    expect((await call('POST', '/api/cycles/2024/loci/16.06/approve', 'coordinator')).statusCode).toBe(200);
    const url = '/api/cycles/2024/loci/16.06/withdraw-approval';
    expect((await call('POST', url, 'coordinator', {})).statusCode).toBe(400);
    expect((await call('POST', url, 'coordinator', { reason: 'singkat' })).statusCode).toBe(400);
    const withdrawn = await call('POST', url, 'coordinator', { reason: 'Nilai unit perlu diperiksa ulang.' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().approval).toBe('open');
    expect(
      (await call('POST', url, 'coordinator', { reason: 'Nilai unit perlu diperiksa ulang.' })).statusCode,
    ).toBe(409);
    expect((await call('POST', '/api/cycles/2024/loci/16.06/approve', 'coordinator')).statusCode).toBe(200);
    const audit = await call('GET', '/api/audit?action=locus.withdraw-approval', 'admin');
    expect(JSON.stringify(audit.json())).toContain('Nilai unit perlu diperiksa ulang.');
  });

  it('refuses a finalise without an explicit scope, or the override without a reason (400)', async () => {
    await moveTo('objection-window');
    const filed = await call('POST', '/api/cycles/2024/objections', 'liaison', {
      entityCode: '16.06',
      unitId: unitIds[0],
      indicatorCode: 'INP-K01',
      text: 'Kepala dinas sudah memahami standar pelayanan; mohon dinilai ulang.',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect((await problemsOf('16.06'))['objections-open']).toBe(1);
    await moveTo('determination');
    for (const body of [
      undefined,
      {},
      { scope: 'all' },
      { scope: 'all', reason: 'pendek' },
      { scope: 'semua' },
    ]) {
      const response = await call('POST', '/api/cycles/2024/finalise', 'admin', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it('refuses scope "accepted" with 409 NOT_READY and the readiness list while no locus is accepted', async () => {
    const response = await call('POST', '/api/cycles/2024/finalise', 'admin', { scope: 'accepted' });
    expect(response.statusCode, response.body).toBe(409);
    const { error } = response.json();
    expect(error.code).toBe('NOT_READY');
    expect(error.details.loci.map((locus: { code: string }) => locus.code)).toEqual(['16.06', '16.73']);
    expect(error.details.acceptedLoci).toBe(0);
  });

  it('takes back an acceptance (units unlocked), then publishes with "accepted" only the accepted locus', async () => {
    expect((await call('POST', '/api/cycles/2024/loci/16.06/accept', 'admin')).statusCode).toBe(200);
    const withdrawn = await call('POST', '/api/cycles/2024/loci/16.06/withdraw-acceptance', 'admin', {
      reason: 'Sanggahan masih terbuka untuk lokus ini.',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().approval).toBe('approved');
    expect(withdrawn.json().units.every((unit: { status: string }) => unit.status === 'verified')).toBe(true);
    expect((await call('POST', '/api/cycles/2024/loci/16.06/accept', 'admin')).statusCode).toBe(200);

    const finalised = await call('POST', '/api/cycles/2024/finalise', 'admin', { scope: 'accepted' });
    expect(finalised.statusCode, finalised.body).toBe(200);
    const body = finalised.json();
    expect(body).toMatchObject({ scope: 'accepted', entities: 1, units: 6 });
    expect(body.flags).toEqual([expect.objectContaining({ entityCode: '16.73', flag: 'left-out' })]);
    firstSnapshotId = body.snapshotId;
    expect(await entityRows(firstSnapshotId)).toEqual([
      expect.objectContaining({ entity_code: '16.06', flags: [] }),
    ]);
  });

  it('publishes every locus under the audited "all" override, flagging those not accepted', async () => {
    const reason = 'Keputusan pimpinan: Lubuklinggau diterbitkan sebagai hasil sementara.';
    const response = await call('POST', '/api/cycles/2024/finalise', 'admin', { scope: 'all', reason });
    expect(response.statusCode, response.body).toBe(200);
    const rows = await entityRows(response.json().snapshotId);
    expect(rows.map((row) => [row.entity_code, row.flags])).toEqual([
      ['16.06', []],
      ['16.73', ['not-accepted', 'override']],
    ]);
    expect(rows[1]?.note).toContain(reason);
    const audit = await call('GET', '/api/audit?action=results.finalise', 'admin');
    expect(JSON.stringify(audit.json())).toContain(reason);
  });

  it('reopens the unit of an accepted objection, and re-finalising publishes the corrected figure', async () => {
    // A unit not reopened stays closed after the field work.
    const collectionOf = (index: number) => call('GET', unitUrl(index, 'collection'), 'assessor');
    const objections = (await call('GET', '/api/cycles/2024/objections?entity=16.06', 'verifier')).json()
      .items;
    const decided = await call(
      'POST',
      `/api/cycles/2024/objections/${objections[0].id}/decision`,
      'verifier',
      {
        decision: 'accepted',
        note: 'Jawaban INP-K01 kepala unit dinilai ulang oleh asesor.',
      },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const approval = (await call('GET', '/api/cycles/2024/loci/16.06/approval', 'admin')).json();
    expect(approval.approval).toBe('open');
    expect(approval.units.find((unit: { unitId: string }) => unit.unitId === unitIds[0])).toMatchObject({
      status: 'returned',
      correction: { reason: expect.stringContaining('Sanggahan diterima') },
    });
    expect(approval.units.filter((unit: { status: string }) => unit.status === 'verified')).toHaveLength(5);

    const answerOf = async (index: number) =>
      (
        (await collectionOf(index)).json().answers as {
          indicatorCode: string;
          respondentId: string | null;
          level: number;
          version: number;
        }[]
      ).find((answer) => answer.indicatorCode === 'INP-K01' && answer.respondentId !== null);
    const other = await answerOf(1);
    const notReopened = await call('PUT', unitUrl(1, 'answers'), 'assessor', {
      respondentId: other?.respondentId,
      indicatorCode: 'INP-K01',
      level: 3,
      note: '',
      expectedVersion: other?.version,
    });
    expect(notReopened.statusCode).toBe(409);
    const current = await answerOf(0);
    const corrected = await call('PUT', unitUrl(0, 'answers'), 'assessor', {
      respondentId: current?.respondentId,
      indicatorCode: 'INP-K01',
      level: 3,
      note: 'Dikoreksi setelah sanggahan.',
      expectedVersion: current?.version,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect((await call('POST', unitUrl(0, 'submit'), 'assessor', {})).statusCode).toBe(200);
    expect((await call('POST', unitUrl(0, 'verify'), 'verifier', {})).statusCode).toBe(200);
    expect((await call('POST', '/api/cycles/2024/loci/16.06/approve', 'coordinator')).statusCode).toBe(200);
    expect((await call('POST', '/api/cycles/2024/loci/16.06/accept', 'admin')).statusCode).toBe(200);

    const again = await call('POST', '/api/cycles/2024/finalise', 'admin', { scope: 'accepted' });
    expect(again.statusCode, again.body).toBe(200);
    const body = again.json();
    expect(body.supersedesId).not.toBeNull();
    expect(body.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ entityCode: '16.06', change: 'changed' })]),
    );
    // The corrected unit changed; Lubuklinggau (published only under the override) is left out again.
    expect(body.unitChanges.filter((change: { change: string }) => change.change === 'changed')).toEqual([
      expect.objectContaining({ unitId: unitIds[0] }),
    ]);
    const [row] = await entityRows(body.snapshotId);
    const [first] = await entityRows(firstSnapshotId);
    expect(row?.score).toBeGreaterThan(first?.score ?? 100);
    expect(row?.flags).toEqual(['corrected']);
    const audit = await call('GET', '/api/audit?action=unit.correction-open', 'admin');
    expect(audit.json().items).toHaveLength(1);
  });
  it('lets the coordinator reopen a unit for correction with a reason, only in the correction phases', async () => {
    const url = unitUrl(1, 'correction');
    expect((await call('POST', url, 'coordinator', { reason: 'pendek' })).statusCode).toBe(400);
    expect(
      (await call('POST', url, 'verifier', { reason: 'Nilai observasi perlu dicek ulang.' })).statusCode,
    ).toBe(403);
    const reopened = await call('POST', url, 'coordinator', { reason: 'Nilai observasi perlu dicek ulang.' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({
      status: 'returned',
      correction: { reason: 'Nilai observasi perlu dicek ulang.' },
    });
    expect((await call('GET', '/api/cycles/2024/loci/16.06/approval', 'admin')).json().approval).toBe('open');
    await moveTo('publication');
    const late = await call('POST', unitUrl(2, 'correction'), 'coordinator', {
      reason: 'Terlambat: hasil sudah ditetapkan.',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('PHASE_CLOSED');
  });
});
