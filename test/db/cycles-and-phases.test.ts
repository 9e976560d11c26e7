import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { cycleRequest, phasesAround } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('cycles and phase rules on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  let coordinator: string;
  let liaison: string;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie?: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
  });
  afterAll(() => testApp.close());

  it('lets only admins create a cycle on a valid edition, once per year, with phases in order', async () => {
    expect(
      (await call('POST', '/api/cycles', coordinator, cycleRequest(2024, 'preparation'))).statusCode,
    ).toBe(403);
    const unknown = await call('POST', '/api/cycles', admin, {
      ...cycleRequest(2024, 'preparation'),
      methodologyRef: 'ombudsman-kepatuhan@1999',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('ombudsman-kepatuhan@1999');
    // Issue #16: a superseded edition is refused for a new cycle, naming its corrected revision (id and en).
    const superseded = { ...cycleRequest(2024, 'preparation'), methodologyRef: 'ombudsman-kepatuhan@2024' };
    const refusedId = await call('POST', '/api/cycles', admin, superseded);
    expect(refusedId.statusCode).toBe(422);
    expect(refusedId.json().error).toMatchObject({
      code: 'EDITION_SUPERSEDED',
      details: { methodologyRef: 'ombudsman-kepatuhan@2024', supersededBy: 'ombudsman-kepatuhan@2024r1' },
    });
    expect(refusedId.json().error.message).toMatch(
      /^Edisi metodologi "ombudsman-kepatuhan@2024" sudah diganti oleh "ombudsman-kepatuhan@2024r1"/,
    );
    const refusedEn = await testApp.app.inject({
      method: 'POST',
      url: '/api/cycles',
      headers: { cookie: admin, 'accept-language': 'en' },
      payload: superseded,
    });
    expect(refusedEn.json().error.message).toMatch(
      /^Methodology edition "ombudsman-kepatuhan@2024" has been superseded by "ombudsman-kepatuhan@2024r1"/,
    );
    expect((await call('GET', '/api/cycles/2024', admin)).statusCode).toBe(404);
    const disordered = cycleRequest(2024, 'preparation');
    const [first, second] = disordered.phases;
    if (!first || !second) throw new Error('phases missing');
    disordered.phases[1] = { ...second, startsAt: first.startsAt };
    const refused = await call('POST', '/api/cycles', admin, disordered);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('dimulai sebelum tahap "Persiapan" berakhir');

    const created = await call('POST', '/api/cycles', admin, cycleRequest(2024, 'preparation'));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      year: 2024,
      methodologyRef: 'ombudsman-kepatuhan@2024r1',
      methodologySha256: null,
      status: { kind: 'in-phase', phase: 'preparation' },
      actions: {
        'locus.plan': { open: true, reason: null },
        'answer.record': { open: false },
      },
    });
    expect(created.json().actions['objection.file'].reason.id).toContain(
      'hanya dapat dilakukan pada tahap Masa sanggahan',
    );
    expect((await call('POST', '/api/cycles', admin, cycleRequest(2024, 'preparation'))).statusCode).toBe(
      409,
    );
    // Anyone signed in reads cycles; the public does not.
    expect((await call('GET', '/api/cycles/2024', liaison)).statusCode).toBe(200);
    expect((await call('GET', '/api/cycles/2024')).statusCode).toBe(401);
    const editions = (await call('GET', '/api/cycle-editions', coordinator)).json();
    const refs = editions.map((edition: { ref: string }) => edition.ref);
    expect(refs).toContain('ombudsman-kepatuhan@2024r1');
    // Superseded by its corrected revision: no longer offered for a new cycle.
    expect(refs).not.toContain('ombudsman-kepatuhan@2024');
  });

  it('freezes the edition’s hash when data collection opens, and refuses a new edition afterwards', async () => {
    expect(
      (await call('PATCH', '/api/cycles/2024', admin, { methodologyRef: 'ombudsman-opini@2025' })).statusCode,
    ).toBe(200);
    // Changing to a superseded edition is choosing it anew: refused like at creation.
    const toSuperseded = await call('PATCH', '/api/cycles/2024', admin, {
      methodologyRef: 'ombudsman-kepatuhan@2024',
    });
    expect(toSuperseded.statusCode).toBe(422);
    expect(toSuperseded.json().error.code).toBe('EDITION_SUPERSEDED');
    const moved = await call('PATCH', '/api/cycles/2024', admin, {
      methodologyRef: 'ombudsman-kepatuhan@2024r1',
      phases: phasesAround('data-collection'),
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().methodologySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(moved.json().status).toEqual({ kind: 'in-phase', phase: 'data-collection' });
    const refused = await call('PATCH', '/api/cycles/2024', admin, {
      methodologyRef: 'ombudsman-opini@2025',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('METHODOLOGY_FROZEN');
    // Even moving the dates back keeps the stored hash: answers may exist under it.
    const back = await call('PATCH', '/api/cycles/2024', admin, { phases: phasesAround('preparation') });
    expect(back.json().methodologySha256).toBe(moved.json().methodologySha256);
    expect(
      (await call('PATCH', '/api/cycles/2024', admin, { methodologyRef: 'ombudsman-opini@2025' })).statusCode,
    ).toBe(409);
    const audit = (await call('GET', '/api/audit?resourceType=cycle&resourceId=2024', admin)).json().items;
    expect(audit.map((entry: { action: string }) => entry.action)).toContain('cycle.freeze');
  });

  it('enforces phases on the server with a bilingual reason: loci only in preparation and entry meetings', async () => {
    await call('PATCH', '/api/cycles/2024', admin, { phases: phasesAround('verification') });
    const closed = await call('POST', '/api/cycles/2024/loci/by-province', coordinator, {
      provinceCode: '16',
      kinds: ['pemkab'],
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error).toMatchObject({
      code: 'PHASE_CLOSED',
      message:
        'Penetapan lokus hanya dapat dilakukan pada tahap Persiapan atau Rapat pembukaan (entry meeting); sekarang tahap Verifikasi.',
    });
    const english = await testApp.app.inject({
      method: 'PUT',
      url: '/api/cycles/2024/loci/16.06',
      headers: { cookie: coordinator, 'accept-language': 'en' },
      payload: { unitIds: [] },
    });
    expect(english.json().error.message).toBe(
      'Choosing loci is only allowed during Preparation or Entry meetings; it is now Verification.',
    );
    await call('PATCH', '/api/cycles/2024', admin, { phases: phasesAround('entry-meetings') });
    expect((await call('PUT', '/api/cycles/2024/loci/16.06', coordinator, { unitIds: [] })).statusCode).toBe(
      200,
    );
  });

  it('keeps the decree date within or after determination and the embargo within publication', async () => {
    const request = cycleRequest(2031, 'preparation');
    const phase = (code: string) => {
      const found = request.phases.find((candidate) => candidate.code === code);
      if (!found) throw new Error(`phase ${code} missing`);
      return found;
    };
    const determination = phase('determination');
    const publication = phase('publication');
    const dayOf = (iso: string, days = 0) =>
      new Date(Date.parse(iso) + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const detailsOf = (body: { error: { details: { path: string; messages: { en: string } }[] } }) =>
      body.error.details.map((detail) => [detail.path, detail.messages.en]);

    // Decree two days before determination starts and an embargo during determination: both named.
    const early = await call('POST', '/api/cycles', admin, {
      ...request,
      decreeDate: dayOf(determination.startsAt, -2),
      embargoAt: new Date(Date.parse(determination.startsAt) + 3_600_000).toISOString(),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('VALIDATION_FAILED');
    expect(early.json().error.message).toContain('Tanggal SK');
    expect(early.json().error.message).toContain('tidak boleh sebelum tahap Penetapan berakhir');
    expect(detailsOf(early.json())).toEqual([
      ['decreeDate', expect.stringContaining('must be on or after the start of the Determination phase')],
      ['embargoAt', expect.stringContaining('must not be before the Determination phase ends')],
    ]);
    // English when asked for it.
    const english = await testApp.app.inject({
      method: 'POST',
      url: '/api/cycles',
      headers: { cookie: admin, 'accept-language': 'en' },
      payload: { ...request, embargoAt: publication.endsAt },
    });
    expect(english.statusCode).toBe(400);
    expect(english.json().error.message).toContain('must fall within the Publication phase');
    expect(detailsOf(english.json())).toEqual([['embargoAt', expect.stringContaining('Publication phase')]]);

    // The first day of determination, a later day, and an embargo inside publication are all fine.
    const created = await call('POST', '/api/cycles', admin, {
      ...request,
      decreeNumber: 'SK 1/2031',
      decreeDate: dayOf(determination.startsAt, 1),
      embargoAt: new Date(Date.parse(publication.startsAt) + 3_600_000).toISOString(),
    });
    expect(created.statusCode).toBe(201);
    expect(
      (await call('PATCH', '/api/cycles/2031', admin, { decreeDate: dayOf(publication.endsAt, 30) }))
        .statusCode,
    ).toBe(200);
    expect(
      // The WIB calendar day on which determination starts.
      (
        await call('PATCH', '/api/cycles/2031', admin, {
          decreeDate: dayOf(new Date(Date.parse(determination.startsAt) + 7 * 3_600_000).toISOString()),
        })
      ).statusCode,
    ).toBe(200);

    // Moving the phases alone is checked against the stored decree and embargo.
    const later = request.phases.map((candidate) => ({
      ...candidate,
      startsAt: new Date(Date.parse(candidate.startsAt) + 40 * 24 * 3_600_000).toISOString(),
      endsAt: new Date(Date.parse(candidate.endsAt) + 40 * 24 * 3_600_000).toISOString(),
    }));
    const moved = await call('PATCH', '/api/cycles/2031', admin, { phases: later });
    expect(moved.statusCode).toBe(400);
    expect(detailsOf(moved.json()).map(([path]) => path)).toEqual(['decreeDate', 'embargoAt']);
    const embargoOnly = await call('PATCH', '/api/cycles/2031', admin, {
      embargoAt: new Date(Date.parse(publication.endsAt) + 60_000).toISOString(),
    });
    expect(embargoOnly.statusCode).toBe(400);
    expect(detailsOf(embargoOnly.json()).map(([path]) => path)).toEqual(['embargoAt']);
    // Clearing both lets the phases move.
    expect(
      (
        await call('PATCH', '/api/cycles/2031', admin, {
          phases: later,
          decreeDate: null,
          embargoAt: null,
        })
      ).statusCode,
    ).toBe(200);
    const stored = (await call('GET', '/api/cycles/2031', admin)).json();
    expect(stored).toMatchObject({ decreeNumber: 'SK 1/2031', decreeDate: null, embargoAt: null });
  });
});
