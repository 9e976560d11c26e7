import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { surveyResponses } from '../../src/server/db/schema/collection';
import { cycles, locusUnits } from '../../src/server/db/schema/cycles';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const questionCodes = ['OUT-01', 'OUT-02', 'OUT-03', 'OUT-04', 'OUT-05'];
const allLevels = (level: number) => Object.fromEntries(questionCodes.map((code) => [code, level]));

describe.each(testEngines())('service-user survey proof of service on $name', (engine) => {
  const clock = createTestClock('2026-03-10T03:00:00.000Z');
  let testApp: TestApp;
  let admin = '';
  let assessor = '';
  let verifier = '';
  let unitIds: string[] = [];
  const codes: string[] = [];
  const locusUnitIds: string[] = [];
  let phone = 0;
  const unitBase = (unitId: string) => `/api/cycles/2024/loci/16.06/units/${unitId}/survey`;

  /** A new phone each time (its own address), so only the receipt number can collide. */
  const answerJson = (code: string, body: object, language = 'en') => {
    phone += 1;
    return testApp.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${code}`,
      remoteAddress: `10.80.0.${phone}`,
      headers: { 'user-agent': 'Phone', 'accept-language': language },
      payload: body,
    });
  };
  const answerForm = (code: string, fields: Record<string, string | number>) => {
    phone += 1;
    return testApp.app.inject({
      method: 'POST',
      url: `/s/${code}`,
      remoteAddress: `10.80.0.${phone}`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost:80',
        'sec-fetch-site': 'same-origin',
      },
      payload: new URLSearchParams(
        Object.entries(fields).map(([key, value]) => [key, String(value)]),
      ).toString(),
    });
  };
  const setRule = (cookie: string, body: object) =>
    testApp.app.inject({
      method: 'PUT',
      url: '/api/cycles/2024/survey-proof',
      headers: { cookie },
      payload: body,
    });
  const rowsOf = (locusUnitId: string) =>
    testApp.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.locusUnitId, locusUnitId))
      .orderBy(asc(surveyResponses.submittedAt));
  const counter = async (unitId: string) =>
    (await testApp.app.inject({ method: 'GET', url: unitBase(unitId), headers: { cookie: assessor } })).json()
      .responses;

  beforeAll(async () => {
    testApp = await buildTestApp(engine, {
      withDemoUsers: true,
      environment: { PATUH_SURVEY_RATE_LIMIT_PER_MINUTE: '100000' },
      clock: clock.now,
    });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    assessor = await signInAs(testApp.app, demoEmailByRole.assessor);
    verifier = await signInAs(testApp.app, demoEmailByRole.verifier);
    ({ unitIds } = await planMubaLocus(testApp.app, admin, clock.now()));
    await testApp.database.db
      .update(cycles)
      .set({ phases: phasesAround('data-collection', clock.now()) })
      .where(eq(cycles.year, 2024));
    for (const unitId of unitIds.slice(0, 2)) {
      const made = await testApp.app.inject({
        method: 'POST',
        url: `${unitBase(unitId)}/link`,
        headers: { cookie: assessor },
      });
      const code: string = made.json().code;
      codes.push(code);
      const [row] = await testApp.database.db
        .select()
        .from(locusUnits)
        .where(eq(locusUnits.surveyCode, code));
      locusUnitIds.push(row?.id ?? '');
    }
  });
  afterAll(() => testApp.close());

  it('asks for no proof until the cycle is set to, and then only an admin may set it (audited)', async () => {
    const page = await testApp.app.inject({ method: 'GET', url: `/s/${codes[0]}` });
    expect(page.body).not.toContain('nomor_bukti');
    // A receipt number sent anyway is not stored while no proof is asked.
    expect(
      (await answerJson(codes[0] ?? '', { levels: allLevels(3), receiptNumber: 'X-1' })).statusCode,
    ).toBe(201);
    expect((await rowsOf(locusUnitIds[0] ?? ''))[0]?.receiptNumber).toBeNull();

    expect((await setRule(assessor, { proofRequired: true, noProofRule: 'count' })).statusCode).toBe(403);
    expect((await setRule(admin, { proofRequired: true, noProofRule: 'maybe' })).statusCode).toBe(400);
    const set = await setRule(admin, { proofRequired: true, noProofRule: 'count' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ proofRequired: true, noProofRule: 'count' });
    const read = await testApp.app.inject({
      method: 'GET',
      url: '/api/cycles/2024/survey-proof',
      headers: { cookie: verifier },
    });
    expect(read.json()).toEqual({ proofRequired: true, noProofRule: 'count' });
    const audit = await testApp.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'survey.proof-setting'));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toEqual({ proofRequired: true, noProofRule: 'count', responsesChanged: 0 });
  });

  it('takes a receipt number once per unit: a second response with it is refused in both languages', async () => {
    const page = await testApp.app.inject({ method: 'GET', url: `/s/${codes[0]}` });
    expect(page.body).toContain('name="nomor_bukti"');
    expect(page.body).toContain('Bila tidak ada, kosongkan');

    const first = await answerForm(codes[0] ?? '', { ...allLevels(0), nomor_bukti: ' reg-2026 / 0042 ' });
    expect(first.statusCode).toBe(200);
    const rows = await rowsOf(locusUnitIds[0] ?? '');
    expect(rows.map((row) => row.receiptNumber)).toEqual(expect.arrayContaining([null, 'REG-2026/0042']));

    const again = await answerJson(codes[0] ?? '', { levels: allLevels(1), receiptNumber: 'REG-2026/0042' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SURVEY_RECEIPT_USED');
    expect(again.json().error.message).toContain('already been used to answer this unit');
    const againId = await answerJson(
      codes[0] ?? '',
      { levels: allLevels(1), receiptNumber: 'reg-2026/0042' },
      'id',
    );
    expect(againId.json().error.message).toContain('sudah dipakai untuk mengisi survei unit layanan ini');
    const againForm = await answerForm(codes[0] ?? '', { ...allLevels(2), nomor_bukti: 'REG-2026/0042' });
    expect(againForm.statusCode).toBe(409);
    expect(againForm.body).toContain('sudah dipakai');
    // The form comes back with the answers chosen, so nothing is typed twice.
    expect(againForm.body).toContain('value="2" required checked');
    expect(await rowsOf(locusUnitIds[0] ?? '')).toHaveLength(2);

    // Unique per unit, not across units: the same number at another unit is another service.
    expect(
      (await answerJson(codes[1] ?? '', { levels: allLevels(0), receiptNumber: 'REG-2026/0042' })).statusCode,
    ).toBe(201);
    expect((await answerJson(codes[1] ?? '', { levels: allLevels(0), receiptNumber: '!' })).statusCode).toBe(
      400,
    );
  });

  it('keeps answers without proof, flags them no-proof, and counts them or not per the rule', async () => {
    const unitId = unitIds[0] ?? '';
    expect((await answerJson(codes[0] ?? '', { levels: allLevels(2) })).statusCode).toBe(201);
    const listed = (
      await testApp.app.inject({
        method: 'GET',
        url: `${unitBase(unitId)}/responses`,
        headers: { cookie: verifier },
      })
    ).json();
    const byReceipt = new Map(
      listed.responses.map((item: { proof: { receiptNumber: string | null }; flags: string[] }) => [
        item.proof.receiptNumber,
        item.flags,
      ]),
    );
    expect(byReceipt.get('REG-2026/0042')).toEqual([]);
    expect(
      listed.responses.filter((item: { flags: string[] }) => item.flags.includes('no-proof')),
    ).toHaveLength(2);
    expect(listed.counted).toBe(3);
    expect(await counter(unitId)).toBe(3);

    const excluding = await setRule(admin, { proofRequired: true, noProofRule: 'exclude' });
    expect(excluding.statusCode).toBe(200);
    expect(await counter(unitId)).toBe(1);
    const rows = await rowsOf(locusUnitIds[0] ?? '');
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.excludedAt !== null && row.excludedByUserId === null)).toHaveLength(2);
    // A new answer without proof is kept but left out at once.
    expect((await answerJson(codes[0] ?? '', { levels: allLevels(1) })).statusCode).toBe(201);
    expect(await rowsOf(locusUnitIds[0] ?? '')).toHaveLength(4);
    expect(await counter(unitId)).toBe(1);
    const [auditEntry] = await testApp.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'survey.proof-setting'), eq(auditLog.actorEmail, demoEmailByRole.admin)))
      .orderBy(asc(auditLog.id))
      .offset(1);
    expect(auditEntry?.after).toEqual({ proofRequired: true, noProofRule: 'exclude', responsesChanged: 2 });
  });

  it('lets the field team mark proof seen at the counter (audited), which counts the answer again', async () => {
    const unitId = unitIds[0] ?? '';
    const noProof = (await rowsOf(locusUnitIds[0] ?? '')).filter((row) => row.receiptNumber === null);
    const target = noProof.at(-1);
    const url = `${unitBase(unitId)}/responses/${target?.id}/proof`;
    expect(
      (await testApp.app.inject({ method: 'POST', url, headers: { cookie: verifier } })).statusCode,
    ).toBe(403);
    const marked = await testApp.app.inject({ method: 'POST', url, headers: { cookie: assessor } });
    expect(marked.statusCode).toBe(200);
    const item = marked.json().responses.find((entry: { id: string }) => entry.id === target?.id);
    expect(item.flags).not.toContain('no-proof');
    expect(item.proof.seenAt).toBe(clock.now().toISOString());
    expect(item.excluded).toBe(false);
    expect(await counter(unitId)).toBe(2);
    const audit = await testApp.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'survey.proof-seen'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorEmail: demoEmailByRole.assessor, after: { proofSeen: true } });

    // Back to counting: the rule's exclusions go, a verifier's own stays.
    const [manual] = (await rowsOf(locusUnitIds[0] ?? '')).filter(
      (row) => row.receiptNumber === null && row.proofSeenAt === null,
    );
    await testApp.app.inject({
      method: 'POST',
      url: `${unitBase(unitId)}/responses/${manual?.id}/exclusion`,
      headers: { cookie: verifier },
      payload: { excluded: true, note: 'Dikirim dari luar lokasi layanan' },
    });
    expect((await setRule(admin, { proofRequired: true, noProofRule: 'count' })).statusCode).toBe(200);
    const rows = await rowsOf(locusUnitIds[0] ?? '');
    expect(rows.filter((row) => row.excludedAt !== null).map((row) => row.exclusionNote)).toEqual([
      'Dikirim dari luar lokasi layanan',
    ]);
    expect(await counter(unitId)).toBe(3);
  });
});
