import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validatePhasesInput } from '../../src/server/cycles/validate-cycle-input';
import { insertCycle } from '../../src/server/db/repositories/cycles.repository';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround } from '../helpers/cycle-factory';
import { finaliseAllOverride } from '../helpers/finalise-request';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

/**
 * Issue #16: the default unit types `rsud` and `unit-layanan-lain` were unknown to the 2024 edition, so a locus
 * with a regional hospital could not be finalised. The corrected 2024 revision and the Opini editions know
 * them; an edition that does not is named, with the unit, before anything is scored.
 */
describe.each(testEngines())('unit types and the edition when finalising, on $name', (engine) => {
  const clock = createTestClock('2026-08-10T03:00:00.000Z');
  let testApp: TestApp;
  let admin = '';
  let unitIds: string[] = [];

  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: { cookie: admin }, ...(payload ? { payload } : {}) });
  const ok = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) => {
    const response = await call(method, url, payload);
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };

  /** A cycle on `methodologyRef` with Muba's RSUD and other service unit as its locus, in determination. */
  const cycleWithHospital = async (year: number, methodologyRef: string) => {
    const request = {
      year,
      methodologyRef,
      phases: phasesAround('entry-meetings', clock.now()),
      decreeNumber: null,
      decreeDate: null,
      embargoAt: null,
    };
    const created = await call('POST', '/api/cycles', request);
    if (created.statusCode === 422 && created.json().error.code === 'EDITION_SUPERSEDED') {
      // A superseded edition is refused for a new cycle; a cycle created on it before it was superseded
      // (as an installation upgrading has) is written as it stood then, and must keep working.
      await insertCycle(testApp.database.db, { ...request, phases: validatePhasesInput(request.phases) });
    } else expect(created.statusCode, created.body).toBe(201);
    await ok('PUT', `/api/cycles/${year}/loci/16.06`, { unitIds });
    const phases = phasesAround('determination', clock.now());
    const publication = phases.find((phase) => phase.code === 'publication');
    const embargoAt = new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString();
    await ok('PATCH', `/api/cycles/${year}`, { phases, embargoAt });
    // Read once after data collection opened: the edition is frozen.
    expect((await ok('GET', `/api/cycles/${year}`)).methodologySha256).toMatch(/^[0-9a-f]{64}$/);
  };

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    unitIds = [
      (await ok('POST', '/api/entities/16.06/units', { unitTypeCode: 'rsud', name: 'RSUD Sekayu' })).id,
      (
        await ok('POST', '/api/entities/16.06/units', {
          unitTypeCode: 'unit-layanan-lain',
          name: 'Panti Rehabilitasi Sosial',
        })
      ).id,
      (await ok('POST', '/api/entities/16.06/units', { unitTypeCode: 'dinas-sosial', name: 'Dinas Sosial' }))
        .id,
    ];
  });
  afterAll(() => testApp.close());

  it.each([
    [2024, 'ombudsman-kepatuhan@2024r1'],
    [2025, 'ombudsman-opini@2025'],
    [2026, 'ombudsman-opini@2026'],
  ])('a locus with an RSUD finalises in %d on %s', async (year, methodologyRef) => {
    await cycleWithHospital(year, methodologyRef);
    const readiness = await ok('GET', `/api/cycles/${year}/finalise/readiness`);
    const codes = readiness.loci[0].problems.map((problem: { code: string }) => problem.code);
    expect(codes).not.toContain('unit-type-not-in-edition');
    const finalised = await call('POST', `/api/cycles/${year}/finalise`, finaliseAllOverride);
    expect(finalised.statusCode, finalised.body).toBe(200);
    expect(finalised.json()).toMatchObject({ year, entities: 1, units: 3 });
  });

  it('names the RSUD and the other unit, with their entity, when the edition does not know them', async () => {
    // The superseded 2024 edition (still loadable for cycles frozen on it) has no rsud or unit-layanan-lain.
    await cycleWithHospital(2027, 'ombudsman-kepatuhan@2024');
    const readiness = await ok('GET', '/api/cycles/2027/finalise/readiness');
    const problem = readiness.loci[0].problems.find(
      (candidate: { code: string }) => candidate.code === 'unit-type-not-in-edition',
    );
    expect(problem).toMatchObject({ count: 2 });
    expect(problem.message.en).toMatch(/^Unit types unknown to this edition: /);
    expect(problem.message.en).toContain('RSUD Sekayu [rsud]');
    expect(problem.message.en).toContain('Panti Rehabilitasi Sosial [unit-layanan-lain]');
    expect(problem.message.en).not.toContain('Dinas Sosial');
    const refused = await call('POST', '/api/cycles/2027/finalise', finaliseAllOverride);
    expect(refused.statusCode).toBe(400);
    const error = refused.json().error;
    expect(error.message).toContain('RSUD Sekayu [rsud]');
    expect(error.message).toContain('Panti Rehabilitasi Sosial [unit-layanan-lain]');
    expect(error.message).toContain('16.06');
    expect(error.details).toHaveLength(2);
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entityCode: '16.06', unitName: 'RSUD Sekayu', unitType: 'rsud' }),
        expect.objectContaining({ unitName: 'Panti Rehabilitasi Sosial', unitType: 'unit-layanan-lain' }),
      ]),
    );
    // Nothing was published for the year.
    expect((await ok('GET', '/api/results/snapshots')).items ?? []).not.toContainEqual(
      expect.objectContaining({ year: 2027 }),
    );
  });

  it('finalises a locus assessing a school (sekolah) on the Opini edition, and names it on 2024r1', async () => {
    const school = (
      await ok('POST', '/api/entities/16.06/units', { unitTypeCode: 'sekolah', name: 'SMA Negeri 1 Sekayu' })
    ).id;
    const types = await ok('GET', '/api/unit-types');
    expect(JSON.stringify(types)).toContain('sekolah');
    const withSchool = [school, ...unitIds];
    unitIds = withSchool;
    await cycleWithHospital(2028, 'ombudsman-opini@2026');
    const finalised = await call('POST', '/api/cycles/2028/finalise', finaliseAllOverride);
    expect(finalised.statusCode, finalised.body).toBe(200);
    expect(finalised.json()).toMatchObject({ year: 2028, entities: 1, units: 4 });
    await cycleWithHospital(2029, 'ombudsman-kepatuhan@2024r1');
    const refused = await call('POST', '/api/cycles/2029/finalise', finaliseAllOverride);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('SMA Negeri 1 Sekayu [sekolah]');
    expect(refused.json().error.details).toEqual([
      expect.objectContaining({ entityCode: '16.06', unitName: 'SMA Negeri 1 Sekayu', unitType: 'sekolah' }),
    ]);
    unitIds = withSchool.slice(1);
  });

  it('moves the frozen cycle to the corrected revision of its edition (and nowhere else), then finalises', async () => {
    const frozen = await ok('GET', '/api/cycles/2027');
    expect(frozen.methodologyRef).toBe('ombudsman-kepatuhan@2024');
    const elsewhere = await call('PATCH', '/api/cycles/2027', { methodologyRef: 'ombudsman-opini@2026' });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().error.code).toBe('METHODOLOGY_FROZEN');
    const editions = await ok('GET', '/api/cycle-editions');
    const revision = editions.find(
      (edition: { ref: string }) => edition.ref === 'ombudsman-kepatuhan@2024r1',
    );
    const moved = await ok('PATCH', '/api/cycles/2027', { methodologyRef: 'ombudsman-kepatuhan@2024r1' });
    expect(moved).toMatchObject({
      methodologyRef: 'ombudsman-kepatuhan@2024r1',
      methodologySha256: revision.sha256,
    });
    expect(moved.methodologySha256).not.toBe(frozen.methodologySha256);
    const audit = await ok('GET', '/api/audit?resourceType=cycle&resourceId=2027');
    const update = audit.items.find(
      (entry: { action: string; after?: { methodologyRef?: string } }) =>
        entry.action === 'cycle.update' && entry.after?.methodologyRef === 'ombudsman-kepatuhan@2024r1',
    );
    expect(update).toBeDefined();
    const finalised = await call('POST', '/api/cycles/2027/finalise', finaliseAllOverride);
    expect(finalised.statusCode, finalised.body).toBe(200);
    expect(finalised.json()).toMatchObject({ year: 2027, units: 3 });
  });
});
