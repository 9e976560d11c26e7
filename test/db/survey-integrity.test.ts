import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { surveyResponses } from '../../src/server/db/schema/collection';
import { cycles, locusUnits } from '../../src/server/db/schema/cycles';
import { loadSigningSecret } from '../../src/server/security/signing-secret';
import { surveyClientOf } from '../../src/server/survey/survey-client';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const questionCodes = ['OUT-01', 'OUT-02', 'OUT-03', 'OUT-04', 'OUT-05'];
const allLevels = (level: number) => Object.fromEntries(questionCodes.map((code) => [code, level]));
const minuteMs = 60_000;
/** The default of PATUH_SURVEY_RESPONSES_PER_CLIENT_PER_HOUR. */
const cap = 20;

interface Client {
  address: string;
  userAgent: string;
}

describe.each(testEngines())('survey integrity (ballot stuffing) on $name', (engine) => {
  const clock = createTestClock('2026-03-10T03:00:00.000Z');
  let testApp: TestApp;
  let admin = '';
  let assessor = '';
  let verifier = '';
  let liaison = '';
  let unitIds: string[] = [];
  const codes: string[] = [];
  const locusUnitIds: string[] = [];
  const unitBase = (unitId: string) => `/api/cycles/2024/loci/16.06/units/${unitId}/survey`;

  /** One cookie-less post, as a script would send it: the JSON API or the HTML form page. */
  const post = (code: string, client: Client, levels: Record<string, number>, route: 'json' | 'form') =>
    route === 'json'
      ? testApp.app.inject({
          method: 'POST',
          url: `/api/public/surveys/${code}`,
          remoteAddress: client.address,
          headers: { 'user-agent': client.userAgent, 'accept-language': 'en' },
          payload: { levels },
        })
      : testApp.app.inject({
          method: 'POST',
          url: `/s/${code}`,
          remoteAddress: client.address,
          headers: {
            'user-agent': client.userAgent,
            'content-type': 'application/x-www-form-urlencoded',
            origin: 'http://localhost:80',
            'sec-fetch-site': 'same-origin',
          },
          payload: new URLSearchParams(Object.entries(levels).map(([k, v]) => [k, String(v)])).toString(),
        });
  const isAccepted = (status: number) => status === 200 || status === 201;

  const rowsOf = (locusUnitId: string) =>
    testApp.database.db.select().from(surveyResponses).where(eq(surveyResponses.locusUnitId, locusUnitId));
  const clientHashOf = async (client: Client, locusUnitId: string) =>
    surveyClientOf(
      await loadSigningSecret(testApp.database.db, { secret: undefined }),
      client.address,
      client.userAgent,
    ).hashFor(locusUnitId);
  const staffGet = (cookie: string, url: string) =>
    testApp.app.inject({ method: 'GET', url, headers: { cookie } });
  const exclude = (cookie: string, unitId: string, responseId: string, body: object) =>
    testApp.app.inject({
      method: 'POST',
      url: `${unitBase(unitId)}/responses/${responseId}/exclusion`,
      headers: cookie ? { cookie } : {},
      payload: body,
    });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, {
      withDemoUsers: true,
      // The per-process limiter out of the way: this file proves the database cap alone.
      environment: { PATUH_SURVEY_RATE_LIMIT_PER_MINUTE: '100000' },
      clock: clock.now,
    });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    assessor = await signInAs(testApp.app, demoEmailByRole.assessor);
    verifier = await signInAs(testApp.app, demoEmailByRole.verifier);
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    ({ unitIds } = await planMubaLocus(testApp.app, admin, clock.now()));
    await testApp.database.db
      .update(cycles)
      .set({ phases: phasesAround('data-collection', clock.now()) })
      .where(eq(cycles.year, 2024));
    for (const unitId of unitIds.slice(0, 3)) {
      const made = await testApp.app.inject({
        method: 'POST',
        url: `${unitBase(unitId)}/link`,
        headers: { cookie: assessor },
      });
      expect(made.statusCode).toBe(201);
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

  const stuffer: Client = { address: '10.60.0.1', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) StuffBot/1.0' };

  it('accepts exactly 20 of 200 cookie-less posts from one client over both routes; the rest get 429', async () => {
    const code = codes[0] ?? '';
    const statuses: { route: 'json' | 'form'; status: number }[] = [];
    let sampleJson: Awaited<ReturnType<typeof post>> | undefined;
    let sampleForm: Awaited<ReturnType<typeof post>> | undefined;
    for (let index = 0; index < 200; index += 1) {
      const route = index % 2 === 0 ? 'json' : 'form';
      const response = await post(code, stuffer, allLevels(0), route);
      statuses.push({ route, status: response.statusCode });
      if (response.statusCode === 429 && route === 'json') sampleJson ??= response;
      if (response.statusCode === 429 && route === 'form') sampleForm ??= response;
    }
    expect(statuses.filter((entry) => isAccepted(entry.status))).toHaveLength(cap);
    expect(statuses.filter((entry) => entry.status === 429)).toHaveLength(200 - cap);
    // The first 20 pass, whichever route they used; nothing after them.
    expect(statuses.slice(0, cap).every((entry) => isAccepted(entry.status))).toBe(true);
    expect((await rowsOf(locusUnitIds[0] ?? '')).length).toBe(cap);

    const body = sampleJson?.json();
    expect(body.error.code).toBe('SURVEY_CLIENT_LIMIT');
    expect(body.error.message).toContain('at most 20 an hour');
    expect(body.error.message).toContain('Try again in 60 minutes');
    expect(sampleJson?.headers['retry-after']).toBe('3600');
    expect(sampleForm?.headers['content-type']).toContain('text/html');
    expect(sampleForm?.headers['retry-after']).toBe('3600');
    expect(sampleForm?.body).toContain('Batas jawaban tercapai');
    expect(sampleForm?.body).toContain('paling banyak 20 per jam');
    // The same refusal on the English page is all English.
    const english = await testApp.app.inject({
      method: 'POST',
      url: `/s/${code}?lang=en`,
      remoteAddress: stuffer.address,
      headers: {
        'user-agent': stuffer.userAgent,
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost:80',
        'sec-fetch-site': 'same-origin',
      },
      payload: new URLSearchParams(
        Object.entries(allLevels(0)).map(([key, value]) => [key, String(value)]),
      ).toString(),
    });
    expect(english.statusCode).toBe(429);
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Answer limit reached.');
    expect(english.body).toContain('at most 20 an hour');
    expect(english.body).toContain('your own phone’s mobile data');
    expect(english.body).not.toContain('Batas jawaban');
    // The public counter stays at the cap, not at 200.
    const survey = await testApp.app.inject({
      method: 'GET',
      url: `/api/public/surveys/${code}`,
      remoteAddress: '10.60.0.99',
    });
    expect(survey.json().responses).toBe(cap);
  });

  it('keeps only a keyed hash of the client, never its address or user agent', async () => {
    const rows = await rowsOf(locusUnitIds[0] ?? '');
    const expected = await clientHashOf(stuffer, locusUnitIds[0] ?? '');
    expect(new Set(rows.map((row) => row.clientHash))).toEqual(new Set([expected]));
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toMatch(/10\.60\.|StuffBot|Mozilla/);
    // The same client has another pseudonym at another unit: units cannot be linked through the hash.
    expect(await clientHashOf(stuffer, locusUnitIds[1] ?? '')).not.toBe(expected);
  });

  it('counts another user agent, another address or another unit as another client', async () => {
    const code = codes[0] ?? '';
    const otherAgent = { ...stuffer, userAgent: 'Mozilla/5.0 (Linux; Android 13) Mobile' };
    const otherAddress = { ...stuffer, address: '10.60.0.2' };
    expect((await post(code, stuffer, allLevels(1), 'json')).statusCode).toBe(429);
    expect((await post(code, otherAgent, allLevels(1), 'json')).statusCode).toBe(201);
    expect((await post(code, otherAddress, allLevels(1), 'form')).statusCode).toBe(200);
    expect((await post(codes[2] ?? '', stuffer, allLevels(1), 'json')).statusCode).toBe(201);
  });

  it('counts the hour on the injected clock: the cap lifts an hour after the first accepted post', async () => {
    const code = codes[0] ?? '';
    clock.advance(59 * minuteMs);
    expect((await post(code, stuffer, allLevels(2), 'json')).statusCode).toBe(429);
    clock.advance(minuteMs);
    // The 20 accepted posts were stamped at the same instant: exactly an hour later they leave the window.
    expect((await post(code, stuffer, allLevels(2), 'json')).statusCode).toBe(201);
    expect((await post(code, stuffer, allLevels(2), 'form')).statusCode).toBe(200);
  });

  it('never passes the cap with 50 parallel posts from one client (the check and the insert are atomic)', async () => {
    const code = codes[1] ?? '';
    const racer: Client = { address: '10.61.0.1', userAgent: 'RaceBot/2.0' };
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        post(code, racer, allLevels(index % 4), index % 2 === 0 ? 'json' : 'form'),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter(isAccepted)).toHaveLength(cap);
    expect(statuses.filter((status) => status === 429)).toHaveLength(50 - cap);
    const hash = await clientHashOf(racer, locusUnitIds[1] ?? '');
    const stored = await testApp.database.db
      .select()
      .from(surveyResponses)
      .where(
        and(eq(surveyResponses.locusUnitId, locusUnitIds[1] ?? ''), eq(surveyResponses.clientHash, hash)),
      );
    expect(stored).toHaveLength(cap);
  });

  it('flags the bursts and repeated answer sets for the verifier, and leaves spaced honest answers alone', async () => {
    const code = codes[2] ?? '';
    // Three honest users, twenty minutes apart, different answers, different phones.
    const honest = [
      { client: { address: '10.62.0.1', userAgent: 'Phone A' }, levels: { ...allLevels(3), 'OUT-02': 2 } },
      { client: { address: '10.62.0.2', userAgent: 'Phone B' }, levels: { ...allLevels(3), 'OUT-04': 1 } },
      { client: { address: '10.62.0.3', userAgent: 'Phone C' }, levels: allLevels(2) },
    ];
    for (const { client, levels } of honest) {
      clock.advance(20 * minuteMs);
      expect(isAccepted((await post(code, client, levels, 'json')).statusCode)).toBe(true);
    }
    const listed = await staffGet(verifier, `${unitBase(unitIds[2] ?? '')}/responses`);
    expect(listed.statusCode).toBe(200);
    const body = listed.json();
    // The stuffer's one response here (another unit's cap is not this one's) makes no burst either.
    expect(body.flagged).toBe(0);
    expect(body.responses).toHaveLength(4);
    expect(body.exclusion).toEqual({ open: true, reason: null });

    // Unit 0: the 20 identical answers at one instant from one client.
    const stuffed = await staffGet(verifier, `${unitBase(unitIds[0] ?? '')}/responses`);
    const items: { client: string | null; flags: string[]; levels: Record<string, number> }[] =
      stuffed.json().responses;
    const fromStuffer = items.filter((item) => item.levels['OUT-01'] === 0);
    expect(fromStuffer).toHaveLength(cap);
    for (const item of fromStuffer)
      expect(item.flags).toEqual([
        'client-burst',
        'client-repeated-pattern',
        'pattern-burst',
        'unit-burst',
        'client-many',
      ]);
    // The same pseudonym for all of them, and it reveals nothing of the address.
    expect(new Set(fromStuffer.map((item) => item.client)).size).toBe(1);
    expect(fromStuffer[0]?.client).toMatch(/^[0-9A-F]{6}$/);
    expect(stuffed.body).not.toMatch(/10\.60\.|StuffBot|device/);
    // The liaison never sees responses; the public neither.
    expect((await staffGet(liaison, `${unitBase(unitIds[0] ?? '')}/responses`)).statusCode).toBe(403);
    expect((await staffGet('', `${unitBase(unitIds[0] ?? '')}/responses`)).statusCode).toBe(401);
  });

  it('lets the verifier exclude a response with a note and count it again, changing score and quota, audited', async () => {
    const unitId = unitIds[2] ?? '';
    const outputScore = async () => {
      const collection = await staffGet(assessor, `/api/cycles/2024/loci/16.06/units/${unitId}/collection`);
      expect(collection.statusCode).toBe(200);
      return collection
        .json()
        .provisionalScore.dimensions.find((dimension: { code: string }) => dimension.code === 'output').score;
    };
    const counter = async () => (await staffGet(assessor, unitBase(unitId))).json().responses;
    const listed = (await staffGet(verifier, `${unitBase(unitId)}/responses`)).json();
    const lowest = listed.responses.find(
      (item: { levels: Record<string, number> }) => item.levels['OUT-01'] === 1,
    );
    expect(lowest).toBeDefined();
    const scoreBefore = await outputScore();
    expect(await counter()).toBe(4);

    const excluded = await exclude(verifier, unitId, lowest.id, {
      excluded: true,
      note: 'Dikirim oleh klien yang sama dengan penjejal di unit lain',
    });
    expect(excluded.statusCode).toBe(200);
    expect(excluded.json()).toMatchObject({ counted: 3, excluded: 1 });
    const item = excluded.json().responses.find((entry: { id: string }) => entry.id === lowest.id);
    expect(item.excluded).toBe(true);
    expect(item.exclusion).toMatchObject({
      note: 'Dikirim oleh klien yang sama dengan penjejal di unit lain',
      byName: expect.any(String),
      at: clock.now().toISOString(),
    });
    expect(await counter()).toBe(3);
    const scoreExcluded = await outputScore();
    // Levels remaining: (3,2,3,3,3), (3,3,3,1,3), (2,2,2,2,2) → 37 of 45 points; before, (1,1,1,1,1) too.
    expect(scoreBefore).toBeCloseTo((42 / 60) * 100, 6);
    expect(scoreExcluded).toBeCloseTo((37 / 45) * 100, 6);
    expect(scoreExcluded).toBeGreaterThan(scoreBefore);
    const publicCount = await testApp.app.inject({
      method: 'GET',
      url: `/api/public/surveys/${codes[2]}`,
      remoteAddress: '10.62.0.99',
    });
    expect(publicCount.json().responses).toBe(3);

    const included = await exclude(verifier, unitId, lowest.id, {
      excluded: false,
      note: 'Dicek ulang: pengguna asli',
    });
    expect(included.statusCode).toBe(200);
    expect(included.json()).toMatchObject({ counted: 4, excluded: 0 });
    expect(await counter()).toBe(4);
    expect(await outputScore()).toBeCloseTo(scoreBefore, 9);

    const audit = await testApp.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.resourceType, 'survey-response'));
    expect(audit.map((entry) => entry.action)).toEqual(['survey.exclude', 'survey.include']);
    expect(audit[0]).toMatchObject({
      actorEmail: demoEmailByRole.verifier,
      resourceId: `2024/16.06/${unitId}/${lowest.id}`,
      before: { excluded: false, note: null },
      after: { excluded: true, note: 'Dikirim oleh klien yang sama dengan penjejal di unit lain' },
    });
    expect(audit[1]?.after).toEqual({ excluded: false, note: 'Dicek ulang: pengguna asli' });
  });

  it('refuses the liaison, the assessor and the public, a response of another unit and a verified unit', async () => {
    const unitId = unitIds[2] ?? '';
    const [target] = await rowsOf(locusUnitIds[2] ?? '');
    const body = { excluded: true, note: 'Percobaan tanpa hak' };
    expect((await exclude(liaison, unitId, target?.id ?? '', body)).statusCode).toBe(403);
    expect((await exclude(assessor, unitId, target?.id ?? '', body)).statusCode).toBe(403);
    expect((await exclude('', unitId, target?.id ?? '', body)).statusCode).toBe(401);
    const [elsewhere] = await rowsOf(locusUnitIds[0] ?? '');
    expect((await exclude(verifier, unitId, elsewhere?.id ?? '', body)).statusCode).toBe(404);
    expect((await exclude(verifier, unitId, target?.id ?? '', { excluded: true, note: '' })).statusCode).toBe(
      400,
    );
    await testApp.database.db
      .update(locusUnits)
      .set({ status: 'verified' })
      .where(eq(locusUnits.id, locusUnitIds[2] ?? ''));
    const verified = await exclude(admin, unitId, target?.id ?? '', body);
    expect(verified.statusCode).toBe(409);
    expect(verified.json().error.code).toBe('UNIT_NOT_EDITABLE');
    const stillCounted = await rowsOf(locusUnitIds[2] ?? '');
    expect(stillCounted.every((row) => row.excludedAt === null)).toBe(true);
    const audit = await testApp.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.resourceType, 'survey-response'));
    expect(audit).toHaveLength(2);
  });
});
