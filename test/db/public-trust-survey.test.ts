import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { cycles, loci } from '../../src/server/db/schema/cycles';
import { publicTrustResponses } from '../../src/server/db/schema/public-trust';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const questionCodes = ['KEP-01', 'KEP-02', 'KEP-03', 'KEP-04', 'KEP-05', 'KEP-06'];
const allAnswers = (level: number) => Object.fromEntries(questionCodes.map((code) => [code, level]));
const minuteMs = 60_000;
/** The default of PATUH_SURVEY_RESPONSES_PER_CLIENT_PER_HOUR, shared with the service-user survey. */
const cap = 20;
const base = '/api/cycles/2024/loci/16.06/trust-survey';

interface Client {
  address: string;
  userAgent: string;
}

describe.each(testEngines())('public-trust survey on $name', (engine) => {
  const clock = createTestClock('2026-03-10T03:00:00.000Z');
  let testApp: TestApp;
  let admin = '';
  let assessor = '';
  let verifier = '';
  let liaison = '';
  let code = '';

  const staff = (cookie: string, url: string, method: 'GET' | 'POST' = 'GET', payload?: object) =>
    testApp.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
  /** A cookie-less post, as a phone on first visit or a script sends it. */
  const postForm = (client: Client, answers: Record<string, number>, cookie?: string) =>
    testApp.app.inject({
      method: 'POST',
      url: `/k/${code}`,
      remoteAddress: client.address,
      headers: {
        'user-agent': client.userAgent,
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost:80',
        'sec-fetch-site': 'same-origin',
        ...(cookie ? { cookie } : {}),
      },
      payload: new URLSearchParams(
        Object.entries(answers).map(([key, value]) => [key, String(value)]),
      ).toString(),
    });
  const postJson = (client: Client, answers: Record<string, number>) =>
    testApp.app.inject({
      method: 'POST',
      url: `/api/public/trust-surveys/${code}`,
      remoteAddress: client.address,
      headers: { 'user-agent': client.userAgent, 'accept-language': 'en' },
      payload: { answers },
    });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, {
      withDemoUsers: true,
      environment: { PATUH_SURVEY_RATE_LIMIT_PER_MINUTE: '100000' },
      clock: clock.now,
    });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    assessor = await signInAs(testApp.app, demoEmailByRole.assessor);
    verifier = await signInAs(testApp.app, demoEmailByRole.verifier);
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    await planMubaLocus(testApp.app, admin, clock.now());
    await testApp.database.db
      .update(cycles)
      .set({ phases: phasesAround('data-collection', clock.now()) })
      .where(eq(cycles.year, 2024));
  });
  afterAll(() => testApp.close());

  it('makes one link per entity (audited), the same afterwards; liaisons and the public cannot', async () => {
    const before = await staff(assessor, base);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ code: null, url: null, responses: 0, target: 50, open: true });
    expect(before.json().questions).toHaveLength(6);
    expect(before.json().score.score0to100).toBeNull();

    const made = await staff(assessor, `${base}/link`, 'POST');
    expect(made.statusCode).toBe(201);
    code = made.json().code;
    expect(code).toMatch(/^[23456789A-HJKMNP-Z]{8}$/);
    expect(made.json().url).toBe(`http://localhost/k/${code}`);
    const again = await staff(admin, `${base}/link`, 'POST');
    expect(again.statusCode).toBe(200);
    expect(again.json().code).toBe(code);
    expect((await staff(liaison, `${base}/link`, 'POST')).statusCode).toBe(403);
    expect((await staff('', `${base}/link`, 'POST')).statusCode).toBe(401);
    const audit = await testApp.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'trust-survey.link'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ resourceId: '2024/16.06', after: { trustSurveyCode: code } });

    const poster = await staff(assessor, `${base}/poster.pdf`);
    expect(poster.statusCode).toBe(200);
    expect(poster.headers['content-type']).toBe('application/pdf');
    expect(poster.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets a citizen answer without JavaScript and without a cookie, once per device, "tidak tahu" included', async () => {
    const phone: Client = { address: '10.70.0.1', userAgent: 'Mozilla/5.0 (Linux; Android 14) Phone' };
    const page = await testApp.app.inject({
      method: 'GET',
      url: `/k/${code.toLowerCase()}`,
      remoteAddress: phone.address,
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Survei Kepercayaan Masyarakat');
    expect(page.body).toContain('Kabupaten Musi Banyuasin');
    expect(page.body).not.toContain('<script');
    expect(page.body.match(/<fieldset/g)).toHaveLength(6);
    expect(page.body).toContain('value="0" required>Tidak tahu');

    const answered = await postForm(phone, { ...allAnswers(3), 'KEP-02': 0 });
    expect(answered.statusCode).toBe(200);
    expect(answered.body).toContain('Terima kasih');
    const cookie = String(answered.headers['set-cookie']).split(';')[0] ?? '';
    expect(cookie).toMatch(/^patuh_survey_device=/);
    const twice = await postForm(phone, allAnswers(4), cookie);
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('sudah tercatat');

    const incomplete = await postForm({ ...phone, address: '10.70.0.2' }, { 'KEP-01': 4 });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.body).toContain('Pertanyaan 2 belum dijawab');
    const invalid = await postJson({ ...phone, address: '10.70.0.3' }, { ...allAnswers(3), 'KEP-06': 7 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('VALIDATION_FAILED');
    const rows = await testApp.database.db.select().from(publicTrustResponses);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.answers).toEqual({ ...allAnswers(3), 'KEP-02': 0 });
    // Nothing personal: no address or user agent is stored, only hashes.
    expect(JSON.stringify(rows)).not.toMatch(/10\.70\.|Android/);
  });

  it('offers the page in English one tap away, answering a refused post in English too', async () => {
    const indonesian = await testApp.app.inject({
      method: 'GET',
      url: `/k/${code}`,
      remoteAddress: '10.70.0.8',
    });
    expect(indonesian.body).toContain(`<a href="/k/${code}?lang=en" hreflang="en"`);
    const english = await testApp.app.inject({
      method: 'GET',
      url: `/k/${code}?lang=en`,
      remoteAddress: '10.70.0.8',
    });
    expect(english.statusCode).toBe(200);
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('<h1>Public-trust survey</h1>');
    expect(english.body).toContain(
      'How far do you trust this agency to serve to the service standard it publishes',
    );
    expect(english.body).toContain('Do not trust');
    expect(english.body).not.toContain('Seberapa percaya');
    expect(english.body).toContain(`<form method="post" action="/k/${code}?lang=en">`);
    expect(english.body).toContain(`<a href="/k/${code}" hreflang="id"`);
    const refused = await testApp.app.inject({
      method: 'POST',
      url: `/k/${code}?lang=en`,
      remoteAddress: '10.70.0.9',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost:80',
        'sec-fetch-site': 'same-origin',
      },
      payload: 'KEP-01=4',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('The answers could not be sent yet:');
    expect(await testApp.database.db.select().from(publicTrustResponses)).toHaveLength(1);
  });

  it('caps one client at 20 responses an hour across the page and the API, then accepts again an hour later', async () => {
    const stuffer: Client = { address: '10.71.0.1', userAgent: 'StuffBot/1.0' };
    const statuses: number[] = [];
    for (let index = 0; index < 30; index += 1) {
      const response =
        index % 2 === 0 ? await postJson(stuffer, allAnswers(1)) : await postForm(stuffer, allAnswers(1));
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((status) => status === 200 || status === 201)).toHaveLength(cap);
    expect(statuses.slice(cap).every((status) => status === 429)).toBe(true);
    const refused = await postJson(stuffer, allAnswers(1));
    expect(refused.json().error.code).toBe('SURVEY_CLIENT_LIMIT');
    expect(refused.headers['retry-after']).toBe('3600');
    clock.advance(61 * minuteMs);
    expect((await postJson(stuffer, allAnswers(1))).statusCode).toBe(201);
    clock.advance(20 * minuteMs);
  });

  it('shows staff the responses with flags and the provisional score; liaisons and the public see nothing', async () => {
    const listed = await staff(verifier, `${base}/responses`);
    expect(listed.statusCode).toBe(200);
    const body = listed.json();
    expect(body.responses).toHaveLength(1 + cap + 1);
    const stuffed = body.responses.filter(
      (item: { answers: Record<string, number> }) => item.answers['KEP-01'] === 1,
    );
    expect(stuffed).toHaveLength(cap + 1);
    // The 20 of the first hour came at one instant from one client with one answer set.
    const burst = stuffed.filter((item: { flags: string[] }) => item.flags.includes('client-burst'));
    expect(burst).toHaveLength(cap);
    expect(stuffed.every((item: { flags: string[] }) => item.flags.includes('client-repeated-pattern'))).toBe(
      true,
    );
    const honest = body.responses.find(
      (item: { answers: Record<string, number> }) => item.answers['KEP-01'] === 3,
    );
    expect(honest.flags).toEqual([]);
    expect(listed.body).not.toMatch(/10\.71\.|StuffBot/);
    // Score: KEP-01/03/04/05/06 = (3 + 21 × 1) / 22 known; KEP-02 = 21 × 1 / 21 known (one "tidak tahu").
    const partial = ((3 - 1 + 21 * 0) / 22 / 3) * 100;
    expect(body.score.score0to100).toBeCloseTo((5 * partial + 0) / 6, 2);
    expect(
      body.score.questions.find((question: { code: string }) => question.code === 'KEP-02'),
    ).toMatchObject({
      known: 21,
      dontKnow: 1,
    });
    expect((await staff(liaison, `${base}/responses`)).statusCode).toBe(403);
    expect((await staff('', `${base}/responses`)).statusCode).toBe(401);
  });

  it('lets a verifier exclude with a note (audited), which changes the score and quota; the assessor cannot', async () => {
    const listed = (await staff(verifier, `${base}/responses`)).json();
    const stuffedIds: string[] = listed.responses
      .filter((item: { answers: Record<string, number> }) => item.answers['KEP-01'] === 1)
      .map((item: { id: string }) => item.id);
    const note = 'Satu klien, jawaban identik dalam satu detik';
    const firstId = stuffedIds[0] ?? '';
    expect(
      (await staff(assessor, `${base}/responses/${firstId}/exclusion`, 'POST', { excluded: true, note }))
        .statusCode,
    ).toBe(403);
    expect(
      (await staff(verifier, `${base}/responses/${firstId}/exclusion`, 'POST', { excluded: true, note: '' }))
        .statusCode,
    ).toBe(400);
    let last = listed;
    for (const id of stuffedIds) {
      const response = await staff(verifier, `${base}/responses/${id}/exclusion`, 'POST', {
        excluded: true,
        note,
      });
      expect(response.statusCode).toBe(200);
      last = response.json();
    }
    expect(last).toMatchObject({ counted: 1, excluded: cap + 1 });
    // Only the honest answer counts now: 3 on every known question → 66.67.
    expect(last.score.score0to100).toBe(66.67);
    expect((await staff(assessor, base)).json()).toMatchObject({
      responses: 1,
      score: { score0to100: 66.67 },
    });
    const publicView = await testApp.app.inject({ method: 'GET', url: `/api/public/trust-surveys/${code}` });
    expect(publicView.json()).toMatchObject({ responses: 1, target: 50, open: true });

    const restored = await staff(admin, `${base}/responses/${firstId}/exclusion`, 'POST', {
      excluded: false,
      note: 'Dicek ulang',
    });
    expect(restored.json()).toMatchObject({ counted: 2, excluded: cap });
    const audit = await testApp.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.resourceType, 'trust-survey-response'))
      .orderBy(asc(auditLog.id));
    expect(audit).toHaveLength(cap + 2);
    expect(audit[0]).toMatchObject({
      action: 'trust-survey.exclude',
      actorEmail: demoEmailByRole.verifier,
      resourceId: `2024/16.06/${firstId}`,
      before: { excluded: false, note: null },
      after: { excluded: true, note },
    });
    expect(audit.at(-1)).toMatchObject({
      action: 'trust-survey.include',
      after: { excluded: false, note: 'Dicek ulang' },
    });
  });

  it('closes when the locus is approved or the field work ends, on the page and in the API', async () => {
    await testApp.database.db.update(loci).set({ approval: 'approved' });
    const phone: Client = { address: '10.72.0.1', userAgent: 'Late phone' };
    const page = await testApp.app.inject({ method: 'GET', url: `/k/${code}`, remoteAddress: phone.address });
    expect(page.body).toContain('Survei sedang tidak menerima jawaban');
    expect((await postJson(phone, allAnswers(4))).json().error.code).toBe('SURVEY_CLOSED');
    const exclusion = await staff(verifier, `${base}/responses`);
    expect(exclusion.json().exclusion.open).toBe(false);
    await testApp.database.db.update(loci).set({ approval: 'open' });
    await testApp.database.db
      .update(cycles)
      .set({ phases: phasesAround('objection-window', clock.now()) })
      .where(eq(cycles.year, 2024));
    expect((await postForm(phone, allAnswers(4))).statusCode).toBe(409);
    expect((await staff(assessor, base)).json().open).toBe(false);
    expect((await testApp.app.inject({ method: 'GET', url: '/k/ZZZZZZZZ' })).statusCode).toBe(404);
  });

  it('keeps a locus with trust answers in its cycle: removing it is refused and nothing is deleted', async () => {
    await testApp.database.db
      .update(cycles)
      .set({ phases: phasesAround('entry-meetings', clock.now()) })
      .where(eq(cycles.year, 2024));
    const removal = await staff(admin, '/api/cycles/2024/loci/remove', 'POST', { entityCodes: ['16.06'] });
    expect(removal.statusCode).toBe(409);
    expect(removal.json().error.message).toContain('survei kepercayaan masyarakat');
    expect(await testApp.database.db.select().from(publicTrustResponses)).toHaveLength(1 + cap + 1);
  });
});
