import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodologyEdition, MethodologyListing } from '../../src/contracts/methodology.contract';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { testEngines } from '../helpers/test-database';

/** `/metodologi`'s API: every edition with its title and standing, one edition in full, no sign-in. */
describe.each(testEngines())('public methodology catalogue on $name', (engine) => {
  let testApp: TestApp;
  const get = (url: string) => testApp.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    testApp = await buildTestApp(engine);
  });
  afterAll(() => testApp.close());

  it('lists every edition, newest first, with its title and standing, to anyone', async () => {
    const response = await get('/api/public/methodologies');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const items = response.json().items as MethodologyListing[];
    expect(items.map((item) => [item.ref, item.standing])).toEqual([
      ['ombudsman-opini@2026', 'in-force'],
      ['ombudsman-opini@2025', 'in-force'],
      ['ombudsman-kepatuhan@2024r1', 'in-force'],
      ['ombudsman-kepatuhan@2024', 'superseded'],
      ['ombudsman-kepatuhan@2023r1', 'history'],
      ['ombudsman-kepatuhan@2023', 'superseded'],
      ['ombudsman-kepatuhan@2022r1', 'history'],
      ['ombudsman-kepatuhan@2022', 'superseded'],
      ['ombudsman-survei-kepatuhan@2021', 'history'],
      ['kemenpanrb-skm@2017', 'in-force'],
    ]);
    const opini = items[0];
    expect(opini?.title.id).toBe('Penilaian Maladministrasi / Opini Ombudsman 2026');
    expect(opini?.title.en).not.toBe('');
    expect(opini?.provenance.assumed).toBeGreaterThan(0);
    expect(items[3]?.supersededBy?.ref).toBe('ombudsman-kepatuhan@2024r1');
    expect(items[2]?.revisionOf?.ref).toBe('ombudsman-kepatuhan@2024');
  });

  it('gives one edition in full with the provenance of each value and its survey explanations', async () => {
    const response = await get('/api/public/methodologies/ombudsman-opini@2026');
    expect(response.statusCode).toBe(200);
    const edition = response.json() as MethodologyEdition;
    expect(edition.listing.standing).toBe('in-force');
    const weights = edition.methodology.dimensions.map((dimension) => dimension.weight);
    expect(weights.reduce((sum, weight) => sum + weight, 0)).toBe(100);
    const delay = edition.methodology.dimensions
      .flatMap((dimension) => dimension.indicators)
      .find((indicator) => indicator.code === 'OUT-01');
    expect(delay?.weightProvenance.status).toBe('assumed');
    expect(delay?.evidence.rule).toBe('not-required');
    expect(edition.methodology.classification.bands.length).toBeGreaterThan(1);
    expect(Object.keys(edition.surveyExplanations).sort()).toEqual([
      'OUT-01',
      'OUT-02',
      'OUT-03',
      'OUT-04',
      'OUT-05',
    ]);
    const older = (await get('/api/public/methodologies/ombudsman-survei-kepatuhan@2021')).json();
    expect(older.surveyExplanations).toEqual({});
  });

  it('answers 404 for an unknown or malformed edition, and is described in OpenAPI', async () => {
    expect((await get('/api/public/methodologies/ombudsman-opini@1999')).statusCode).toBe(404);
    expect((await get('/api/public/methodologies/bukan-ref')).statusCode).toBe(404);
    const paths = Object.keys((await get('/api/docs/json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/public/methodologies', '/api/public/methodologies/{ref}']),
    );
  });
});
