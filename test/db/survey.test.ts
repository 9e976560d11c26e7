import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreUnit } from '../../src/core/scoring/score-unit';
import { toUnitAnswers } from '../../src/server/collection/to-unit-answers';
import { listCollectedUnitRows } from '../../src/server/db/repositories/collection-answers.repository';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { surveyResponses } from '../../src/server/db/schema/collection';
import { cycles, locusUnits } from '../../src/server/db/schema/cycles';
import { findCachedEdition } from '../../src/server/methodologies/cached-methodology-catalog';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';
import { decodeQrOnFirstPage, pdfText } from '../unit/reports/read-pdf';

const questionCodes = ['OUT-01', 'OUT-02', 'OUT-03', 'OUT-04', 'OUT-05'];
const rateLimit = 12;
const cookieName = 'patuh_survey_device';

/** Every simulated phone gets its own address, so only the rate-limit case trips the per-IP limit. */
let addressCount = 0;
const nextAddress = () => {
  addressCount += 1;
  return `10.20.${Math.floor(addressCount / 250)}.${(addressCount % 250) + 1}`;
};

function deviceCookieOf(setCookie: string | string[] | undefined): string {
  const header = [setCookie ?? []].flat().find((value) => value.startsWith(`${cookieName}=`));
  if (!header) throw new Error('no device cookie set');
  return header.split(';')[0]?.slice(cookieName.length + 1) ?? '';
}

const sha256Of = (token: string) => createHash('sha256').update(token).digest('hex');

function formBody(levels: Record<string, number | string>): string {
  return new URLSearchParams(Object.entries(levels).map(([key, value]) => [key, String(value)])).toString();
}

describe.each(testEngines())('service-user survey on $name', (engine) => {
  let testApp: TestApp;
  let admin = '';
  let assessor = '';
  let liaison = '';
  let unitIds: string[] = [];
  let code = '';
  let url = '';
  let dinasSosialLocusUnitId = '';
  const unitBase = (unitId: string) => `/api/cycles/2024/loci/16.06/units/${unitId}/survey`;

  /** A phone: one address, the device cookie it was given (if any). */
  const page = (
    method: 'GET' | 'POST',
    cookie?: string,
    body?: string,
    headers: Record<string, string> = {},
  ) =>
    testApp.app.inject({
      method,
      url: `/s/${code}`,
      remoteAddress: nextAddress(),
      headers: {
        ...(cookie !== undefined ? { cookie: `${cookieName}=${cookie}` } : {}),
        ...(body !== undefined
          ? {
              'content-type': 'application/x-www-form-urlencoded',
              origin: 'http://localhost:80',
              'sec-fetch-site': 'same-origin',
            }
          : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body } : {}),
    });

  const setPhase = async (phase: Parameters<typeof phasesAround>[0]) => {
    await testApp.database.db
      .update(cycles)
      .set({ phases: phasesAround(phase) })
      .where(eq(cycles.year, 2024));
  };
  const setUnitStatus = async (status: (typeof locusUnits.$inferSelect)['status']) => {
    await testApp.database.db
      .update(locusUnits)
      .set({ status })
      .where(eq(locusUnits.id, dinasSosialLocusUnitId));
  };
  /** Device token → whether its stored answer is marked as received after the unit's submission. */
  const storedAfterSubmission = async () =>
    new Map(
      (await testApp.database.db.select().from(surveyResponses))
        .filter((row) => row.locusUnitId === dinasSosialLocusUnitId)
        .map((row) => [row.deviceTokenSha256, row.receivedAfterSubmission]),
    );
  const responseCount = async () =>
    (await testApp.database.db.select().from(surveyResponses)).filter(
      (row) => row.locusUnitId === dinasSosialLocusUnitId,
    ).length;

  beforeAll(async () => {
    testApp = await buildTestApp(engine, {
      withDemoUsers: true,
      environment: { PATUH_SURVEY_RATE_LIMIT_PER_MINUTE: String(rateLimit) },
    });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    assessor = await signInAs(testApp.app, demoEmailByRole.assessor);
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    ({ unitIds } = await planMubaLocus(testApp.app, admin));
    // Planned during the entry meetings; the field work (and the survey) runs in data collection.
    await setPhase('data-collection');
  });
  afterAll(() => testApp.close());

  it('gives the field team one short link per unit, audited once, with the quota of 30', async () => {
    const unitId = unitIds[0] ?? '';
    const before = await testApp.app.inject({
      method: 'GET',
      url: unitBase(unitId),
      headers: { cookie: assessor },
    });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ code: null, url: null, responses: 0, target: 30 });
    const forbidden = await testApp.app.inject({
      method: 'GET',
      url: unitBase(unitId),
      headers: { cookie: liaison },
    });
    expect(forbidden.statusCode).toBe(403);

    const made = await testApp.app.inject({
      method: 'POST',
      url: `${unitBase(unitId)}/link`,
      headers: { cookie: assessor },
    });
    expect(made.statusCode).toBe(201);
    code = made.json().code;
    url = made.json().url;
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(url).toBe(`http://localhost/s/${code}`);
    const again = await testApp.app.inject({
      method: 'POST',
      url: `${unitBase(unitId)}/link`,
      headers: { cookie: admin },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().code).toBe(code);
    const audited = await testApp.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'survey.link'));
    expect(audited).toHaveLength(1);
    expect(audited[0]?.after).toEqual({ surveyCode: code });

    const [row] = await testApp.database.db.select().from(locusUnits).where(eq(locusUnits.surveyCode, code));
    dinasSosialLocusUnitId = row?.id ?? '';
    expect(dinasSosialLocusUnitId).not.toBe('');
  });

  it('serves a small script-free Indonesian page with every survey question and the counter', async () => {
    const response = await page('GET');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    const html = response.body;
    expect(html).toContain('<html lang="id">');
    // Under the site's no-referrer policy a browser would post the form with "Origin: null" (refused).
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(html).toContain('<meta name="referrer" content="same-origin">');
    expect(html).not.toContain('<script');
    expect(Buffer.byteLength(html)).toBeLessThan(8 * 1024);
    for (const text of [
      'Penundaan berlarut',
      'Permintaan imbalan',
      'Penyimpangan prosedur',
      'Tidak kompeten',
    ])
      expect(html).toContain(text);
    expect(html.match(/type="radio"/g)).toHaveLength(5 * 4);
    expect(html).toContain('Tidak pernah mengalami');
    expect(html).toContain('0/30 responden');
    expect(html).toContain('anonim, tanpa login');
    const setCookie = [response.headers['set-cookie'] ?? []].flat().join(';');
    expect(setCookie).toContain(`${cookieName}=`);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Max-Age=\d{8}/);
  });

  it('stores one response with no personal data and thanks the user', async () => {
    const first = await page('GET');
    const token = deviceCookieOf(first.headers['set-cookie']);
    const levels = { 'OUT-01': 3, 'OUT-02': 2, 'OUT-03': 3, 'OUT-04': 1, 'OUT-05': 0 };
    const response = await page('POST', token, formBody(levels), {
      'user-agent': 'Mozilla/5.0 (Linux; Android 9)',
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Terima kasih');
    expect(response.body).toContain('1/30 responden');

    const rows = await testApp.database.db.execute(
      sql`select * from survey_responses where locus_unit_id = ${dinasSosialLocusUnitId}`,
    );
    const stored = (rows as unknown as { rows: Record<string, unknown>[] }).rows;
    expect(stored).toHaveLength(1);
    const row = stored[0] ?? {};
    expect(Object.keys(row).sort()).toEqual([
      'client_hash',
      'device_token_sha256',
      'excluded_at',
      'excluded_by_user_id',
      'exclusion_note',
      'id',
      'levels',
      'locus_unit_id',
      // Proof of service (survey-proof-of-service.test.ts): null unless the cycle asks for it.
      'proof_seen_at',
      'proof_seen_by_user_id',
      'receipt_number',
      // The unit was already submitted when the answer came (false here: it is a draft).
      'received_after_submission',
      'submitted_at',
    ]);
    expect(row.received_after_submission).toBe(false);
    // The client (address + user agent) only as a keyed hash: see survey-integrity.test.ts.
    expect(row.client_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.excluded_at).toBeNull();
    expect(row.levels).toEqual(levels);
    expect(row.device_token_sha256).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(row)).not.toMatch(/10\.20\.|Android/);
    // An anonymous response writes no audit entry (those carry the caller's IP).
    const audit = await testApp.database.db.select().from(auditLog);
    expect(audit.some((entry) => entry.resourceType === 'survey-response')).toBe(false);
    expect(audit.every((entry) => entry.action !== 'survey.response')).toBe(true);

    // The same phone again: refused, page and JSON alike; the counter stays at 1.
    const second = await page('POST', token, formBody({ ...levels, 'OUT-01': 0 }));
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('Jawaban dari perangkat ini sudah tercatat');
    const json = await testApp.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${code}`,
      remoteAddress: nextAddress(),
      headers: { cookie: `${cookieName}=${token}` },
      payload: { levels },
    });
    expect(json.statusCode).toBe(409);
    expect(json.json().error.code).toBe('SURVEY_ALREADY_ANSWERED');
    const reopened = await page('GET', token);
    expect(reopened.body).toContain('sudah tercatat');
    expect(reopened.body).not.toContain('type="radio"');
    expect(await responseCount()).toBe(1);
  });

  it('refuses a tampered device token instead of treating it as a new phone', async () => {
    const token = deviceCookieOf((await page('GET')).headers['set-cookie']);
    const [id, signature = ''] = token.split('.');
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    for (const forged of [`${id}.${flipped}`, 'anything', `${'x'.repeat(24)}.${signature}`]) {
      const posted = await page(
        'POST',
        forged,
        formBody(Object.fromEntries(questionCodes.map((c) => [c, 3]))),
      );
      expect(posted.statusCode).toBe(400);
      expect(posted.body).toContain('tidak sah');
      expect(posted.headers['set-cookie']).toBeUndefined();
      expect((await page('GET', forged)).statusCode).toBe(400);
    }
    const json = await testApp.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${code}`,
      remoteAddress: nextAddress(),
      headers: { cookie: `${cookieName}=${id}.${flipped}` },
      payload: { levels: Object.fromEntries(questionCodes.map((c) => [c, 3])) },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('DEVICE_TOKEN_INVALID');
    expect(await responseCount()).toBe(1);
  });

  it('re-shows the form with precise Indonesian errors when an answer is missing or invalid', async () => {
    const token = deviceCookieOf((await page('GET')).headers['set-cookie']);
    const response = await page(
      'POST',
      token,
      formBody({ 'OUT-01': 3, 'OUT-03': 7, 'OUT-04': 1, 'OUT-05': 2 }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Pertanyaan 2 (Permintaan imbalan) belum dijawab');
    expect(response.body).toContain('pertanyaan 3 (Penyimpangan prosedur) tidak valid (&quot;7&quot;)');
    expect(response.body).toMatch(/name="OUT-01" value="3" required checked/);
    expect(await responseCount()).toBe(1);
  });

  it('accepts the form only from its own site', async () => {
    const token = deviceCookieOf((await page('GET')).headers['set-cookie']);
    const body = formBody(Object.fromEntries(questionCodes.map((c) => [c, 3])));
    const crossSite = await page('POST', token, body, {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.statusCode).toBe(403);
    expect(await responseCount()).toBe(1);
    // A form posted from the page itself passes (same-origin), also without Sec-Fetch-Site (older browsers).
    const sameSite = await testApp.app.inject({
      method: 'POST',
      url: `/s/${code}`,
      remoteAddress: nextAddress(),
      headers: {
        cookie: `${cookieName}=${token}`,
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost:80',
      },
      payload: body,
    });
    expect(sameSite.statusCode).toBe(200);
    expect(await responseCount()).toBe(2);
  });

  it('answers JSON at /api/public/surveys/:code for other clients', async () => {
    const loaded = await testApp.app.inject({
      method: 'GET',
      url: `/api/public/surveys/${code.toLowerCase()}`,
      remoteAddress: nextAddress(),
    });
    expect(loaded.statusCode).toBe(200);
    const survey = loaded.json();
    expect(survey).toMatchObject({ code, open: true, alreadyAnswered: false, responses: 2, target: 30 });
    expect(survey.questions.map((question: { indicatorCode: string }) => question.indicatorCode)).toEqual(
      questionCodes,
    );
    const token = deviceCookieOf(loaded.headers['set-cookie']);
    const posted = await testApp.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${code}`,
      remoteAddress: nextAddress(),
      headers: { cookie: `${cookieName}=${token}` },
      payload: { levels: { 'OUT-01': 2, 'OUT-02': 2, 'OUT-03': 2, 'OUT-04': 2 } },
    });
    expect(posted.statusCode).toBe(400);
    expect(posted.json().error.message).toContain('Pertanyaan 5 (Tidak patut / diskriminasi) belum dijawab');
    const complete = await testApp.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${code}`,
      remoteAddress: nextAddress(),
      headers: { cookie: `${cookieName}=${token}` },
      payload: { levels: { 'OUT-01': 2, 'OUT-02': 2, 'OUT-03': 2, 'OUT-04': 2, 'OUT-05': 2 } },
    });
    expect(complete.statusCode).toBe(201);
    expect(complete.json()).toEqual({ recorded: true, responses: 3, target: 30 });
    const unknown = await testApp.app.inject({
      method: 'GET',
      url: '/api/public/surveys/ZZZZZZZZ',
      remoteAddress: nextAddress(),
    });
    expect(unknown.statusCode).toBe(404);
    expect((await page('GET', undefined, undefined)).statusCode).toBe(200);
  });

  it('documents the survey API in OpenAPI, but not the HTML page', async () => {
    const docs = await testApp.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    const openApi = docs.json();
    expect(Object.keys(openApi.paths)).toEqual(
      expect.arrayContaining([
        '/api/public/surveys/{code}',
        '/api/cycles/{year}/loci/{code}/units/{unitId}/survey',
      ]),
    );
    expect(openApi.paths['/s/{code}']).toBeUndefined();
  });

  it('shows the staff counter and feeds the responses into the unit’s Output score', async () => {
    const staff = await testApp.app.inject({
      method: 'GET',
      url: unitBase(unitIds[0] ?? ''),
      headers: { cookie: assessor },
    });
    expect(staff.json()).toMatchObject({ code, responses: 3, target: 30 });

    const edition = await findCachedEdition('ombudsman-kepatuhan@2024r1');
    if (!edition) throw new Error('edition missing');
    const [rows] = await listCollectedUnitRows(testApp.database.db, [dinasSosialLocusUnitId]);
    if (!rows) throw new Error('no collected rows');
    const unit = toUnitAnswers(rows);
    expect(unit.respondents.filter((respondent) => respondent.role === 'pengguna-layanan')).toHaveLength(3);
    const output = scoreUnit(unit, edition.methodology, { entityKind: 'pemkab' }).tree.children.find(
      (node) => node.code === 'output',
    );
    // Responses: (3,2,3,1,0), (3,3,3,3,3), (2,2,2,2,2); equal weights, levels 0–3 → mean level / 3 × 100.
    const levels = [3, 2, 3, 1, 0, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2];
    const expected = (levels.reduce((sum, level) => sum + level, 0) / (levels.length * 3)) * 100;
    expect(output?.score).toBeCloseTo(expected, 9);
    const undelay = output?.children
      .flatMap((node) => [node, ...node.children])
      .find((n) => n.code === 'OUT-01');
    expect(undelay?.rawValue).toBeCloseTo(8 / 3, 9);
  });

  it('prints a poster whose QR code and text carry the link', async () => {
    const unitId = unitIds[0] ?? '';
    const response = await testApp.app.inject({
      method: 'GET',
      url: `${unitBase(unitId)}/poster.pdf`,
      headers: { cookie: assessor },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload, { layout: false });
    expect(text).toContain('Dinas Sosial');
    expect(text).toContain('Kabupaten Musi Banyuasin');
    expect(text).toContain(url);
    expect(text).toContain('ANONIM, TANPA LOGIN');
    expect(decodeQrOnFirstPage(response.rawPayload)).toBe(url);

    const noLink = await testApp.app.inject({
      method: 'GET',
      url: `${unitBase(unitIds[1] ?? '')}/poster.pdf`,
      headers: { cookie: assessor },
    });
    expect(noLink.statusCode).toBe(409);
    expect(noLink.json().error.message).toContain('belum memiliki tautan survei');
  });

  it('is closed outside data collection and once the unit is submitted', async () => {
    const body = formBody(Object.fromEntries(questionCodes.map((c) => [c, 3])));
    await setPhase('objection-window');
    const closedPage = await page('GET');
    expect(closedPage.statusCode).toBe(200);
    expect(closedPage.body).toContain('Survei sedang tidak menerima jawaban');
    expect(closedPage.body).not.toContain('type="radio"');
    const token = deviceCookieOf(closedPage.headers['set-cookie']);
    expect((await page('POST', token, body)).statusCode).toBe(409);
    const json = await testApp.app.inject({
      method: 'GET',
      url: `/api/public/surveys/${code}`,
      remoteAddress: nextAddress(),
    });
    expect(json.json()).toMatchObject({ open: false });

    // In verification only a unit back with its assessors takes answers: a submitted one is closed.
    await setPhase('verification');
    await setUnitStatus('submitted');
    const submitted = await page('POST', token, body);
    expect(submitted.statusCode).toBe(409);
    expect(submitted.body).toContain('telah diajukan untuk verifikasi');
    await setUnitStatus('returned');
    expect((await page('POST', token, body)).statusCode).toBe(200);
    expect(await responseCount()).toBe(4);
    expect((await storedAfterSubmission()).get(sha256Of(token))).toBe(false);
    await setPhase('data-collection');
    await setUnitStatus('draft');
  });

  it('stays open for the whole data-collection phase: an answer after submission is kept, counted and marked', async () => {
    for (const status of ['submitted', 'verified', 'locked'] as const) {
      await setUnitStatus(status);
      const opened = await page('GET');
      expect(opened.statusCode).toBe(200);
      expect(opened.body).toContain('type="radio"');
      const token = deviceCookieOf(opened.headers['set-cookie']);
      const posted = await page(
        'POST',
        token,
        formBody(Object.fromEntries(questionCodes.map((c) => [c, 0]))),
      );
      expect(posted.statusCode).toBe(200);
      expect(posted.body).toContain('Terima kasih');
      expect((await storedAfterSubmission()).get(sha256Of(token))).toBe(true);
    }
    expect(await responseCount()).toBe(7);

    // The verifier's list marks the three and counts them (none excluded).
    const list = await testApp.app.inject({
      method: 'GET',
      url: `${unitBase(unitIds[0] ?? '')}/responses`,
      headers: { cookie: admin },
    });
    expect(list.statusCode).toBe(200);
    const listed = list.json() as {
      responses: { afterSubmission: boolean; levels: Record<string, number> }[];
      counted: number;
      afterSubmission: number;
    };
    expect(listed.afterSubmission).toBe(3);
    expect(listed.counted).toBe(7);
    expect(listed.responses.slice(0, 3).every((item) => item.afterSubmission)).toBe(true);
    expect(listed.responses.filter((item) => item.afterSubmission)).toHaveLength(3);
    // …and they reach the unit's score like any answer received before data collection ends.
    const [rows] = await listCollectedUnitRows(testApp.database.db, [dinasSosialLocusUnitId]);
    if (!rows) throw new Error('no collected rows');
    expect(
      toUnitAnswers(rows).respondents.filter((respondent) => respondent.role === 'pengguna-layanan'),
    ).toHaveLength(7);
    await setUnitStatus('draft');
  });

  it('explains each question in one plain line, and offers English one tap away', async () => {
    const indonesian = await page('GET');
    expect(indonesian.body).toContain(`<a href="/s/${code}?lang=en" hreflang="en"`);
    expect(indonesian.body).toContain(
      'Layanan Anda selesai jauh lebih lama dari waktu yang dijanjikan, atau terus ditunda tanpa alasan yang jelas.',
    );
    expect(indonesian.body.match(/<p class="hint"/g)).toHaveLength(5);

    const english = await testApp.app.inject({
      method: 'GET',
      url: `/s/${code}?lang=en`,
      remoteAddress: nextAddress(),
    });
    expect(english.statusCode).toBe(200);
    const html = english.body;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Service-user survey');
    expect(html).toContain('Undue delay');
    expect(html).toContain('Your service took much longer than the time promised');
    expect(html).toContain('Never experienced');
    expect(html).not.toContain('Penundaan berlarut');
    expect(html).toContain(`<form method="post" action="/s/${code}?lang=en">`);
    expect(html).toContain(`<a href="/s/${code}" hreflang="id"`);
    expect(Buffer.byteLength(html)).toBeLessThan(10 * 1024);

    // A refused English post answers in English; the JSON twin carries both languages.
    const token = deviceCookieOf(english.headers['set-cookie']);
    const refused = await testApp.app.inject({
      method: 'POST',
      url: `/s/${code}?lang=en`,
      remoteAddress: nextAddress(),
      headers: {
        cookie: `${cookieName}=${token}`,
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost:80',
        'sec-fetch-site': 'same-origin',
      },
      payload: formBody({ 'OUT-01': 3 }),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Question 2 (Asking for payment or bribes) is not answered');
    const json = await testApp.app.inject({
      method: 'GET',
      url: `/api/public/surveys/${code}`,
      remoteAddress: nextAddress(),
    });
    expect(json.json().questions[3].explanation).toEqual({
      id: 'Petugas tidak menguasai tugasnya, sehingga tidak dapat menjelaskan atau menyelesaikan layanan Anda dengan benar.',
      en: 'The officer did not know the job well enough to explain or complete your service correctly.',
    });
  });

  it('answers 429 to one address asking too often', async () => {
    const statuses: number[] = [];
    for (let count = 0; count <= rateLimit; count += 1) {
      const response = await testApp.app.inject({
        method: 'GET',
        url: `/s/${code}`,
        remoteAddress: '10.99.0.1',
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.body).toContain('Terlalu banyak permintaan');
      }
    }
    const english = await testApp.app.inject({
      method: 'GET',
      url: `/s/${code}?lang=en`,
      remoteAddress: '10.99.0.1',
    });
    expect(english.statusCode).toBe(429);
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Too many requests.');
    expect(english.body).not.toContain('Terlalu banyak permintaan');
    expect(statuses.slice(0, rateLimit).every((status) => status === 200)).toBe(true);
    expect(statuses[rateLimit]).toBe(429);
    const otherAddress = await page('GET');
    expect(otherAddress.statusCode).toBe(200);
  });

  it('says a link is unknown in a page, not JSON', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/s/NOPE',
      remoteAddress: nextAddress(),
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Tautan survei tidak ditemukan');
    // In English on `?lang=en`, on the service-user survey (/s/) and the public-trust survey (/k/) alike.
    for (const url of ['/s/NOPE?lang=en', '/k/NOPE?lang=en']) {
      const english = await testApp.app.inject({ method: 'GET', url, remoteAddress: nextAddress() });
      expect(english.statusCode).toBe(404);
      expect(english.body).toContain('<html lang="en">');
      expect(english.body).toContain('Survey link not found.');
      expect(english.body).toContain('scan its QR code again');
      expect(english.body).not.toContain('Tautan survei');
    }
  });
});
