import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/build-test-app';
import { drawQualitySample } from '../helpers/quality-sample-fixture';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const clock = createTestClock('2024-07-10T03:00:00.000Z');

describe.each(testEngines())('assessor quality control on $name', (engine) => {
  let test: TestApp;
  let unitIds: string[] = [];
  const cookie = { admin: '', coordinator: '', assessor: '', verifier: '', second: '' };
  const call = (who: keyof typeof cookie, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    test.app.inject({ method, url, headers: { cookie: cookie[who] }, ...(payload ? { payload } : {}) });
  let drawn: { unitId: string; secondAssessor: { name: string } }[] = [];

  beforeAll(async () => {
    // Half of the province's units, so the six Muba units give a sample of three.
    const sample = await drawQualitySample(engine, clock, {
      samplePercent: 50,
      roles: ['coordinator', 'assessor', 'verifier'],
    });
    test = sample.test;
    Object.assign(cookie, sample.cookie);
    ({ unitIds, drawn } = sample);
  });
  afterAll(async () => {
    await test.close();
  });

  it('draws half of the units, each for an assessor outside the locus team, the same ones on a second draw', async () => {
    expect(drawn).toHaveLength(3);
    expect(drawn.every((unit) => unit.secondAssessor.name === 'Asesor Kedua')).toBe(true);
    expect(drawn.every((unit) => unitIds.includes(unit.unitId))).toBe(true);
    const again = await call('coordinator', 'POST', '/api/cycles/2024/quality/sample', {
      provinceCode: '16',
    });
    expect(again.json().drawn).toEqual(drawn);
    const audit = await call('admin', 'GET', '/api/audit?action=quality.sample.draw');
    expect(audit.json().items).toHaveLength(1);
    const outside = await call('coordinator', 'POST', '/api/cycles/2024/quality/sample', {
      provinceCode: '31',
    });
    expect(outside.statusCode).toBe(404);
  });

  it('takes second levels only from the drawn assessor, and figures agreement and kappa per indicator', async () => {
    const unitId = drawn[0]?.unitId ?? '';
    const base = `/api/cycles/2024/loci/16.06/units/${unitId}`;
    // First scoring (the locus team) and second, blind scoring, question by question:
    // INP-S07 3/3, INP-S08 2/1, PRS-10 1/1, PRS-01 0/3.
    const scored: [string, number, number][] = [
      ['INP-S07', 3, 3],
      ['INP-S08', 2, 1],
      ['PRS-10', 1, 1],
      ['PRS-01', 0, 3],
    ];
    for (const [indicatorCode, first, second] of scored) {
      const saved = await call('assessor', 'PUT', `${base}/answers`, {
        respondentId: null,
        indicatorCode,
        level: first,
        note: '',
        expectedVersion: 0,
      });
      expect(saved.statusCode).toBe(200);
      const blind = await call('second', 'PUT', `${base}/second-scoring/answers`, {
        respondentId: null,
        indicatorCode,
        level: second,
      });
      expect(blind.statusCode).toBe(200);
    }
    // The locus team's own assessor is not the second scorer of its unit.
    const own = await call('assessor', 'PUT', `${base}/second-scoring/answers`, {
      respondentId: null,
      indicatorCode: 'INP-S07',
      level: 0,
    });
    expect(own.statusCode).toBe(404);
    // The verifier settles one answer: it counts as changed at verification.
    const settled = await call('verifier', 'GET', `${base}/collection`);
    const prs01 = settled
      .json()
      .answers.find((answer: { indicatorCode: string }) => answer.indicatorCode === 'PRS-01');
    expect(prs01).toBeDefined();

    const response = await call('coordinator', 'GET', '/api/cycles/2024/quality?provinceCode=16');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.sampledUnits).toBe(3);
    // Pairs (3,3) (2,1) (1,1) (0,3) on levels 0–3: agreement 2/4; linear weights |i − j|/3.
    // Observed disagreement (1/3 + 1)/4 = 1/3. Marginals first: ¼ per level; second: ½ at 1, ½ at 3.
    // Expected = ¼ · [(⅓ + 1)/2 + (0 + ⅔)/2 + (⅓ + ⅓)/2 + (⅔ + 0)/2] = ¼ · 5/3 = 5/12; κ = 1 − (1/3)/(5/12) = 0.2.
    expect(report.overall.pairs).toBe(4);
    expect(report.overall.percentAgreement).toBeCloseTo(0.5, 10);
    expect(report.overall.kappa).toBeCloseTo(0.2, 10);
    expect(
      report.byIndicator.map((row: { indicatorCode: string; percentAgreement: number }) => [
        row.indicatorCode,
        row.percentAgreement,
      ]),
    ).toEqual([
      ['INP-S07', 1],
      ['INP-S08', 0],
      ['PRS-01', 0],
      ['PRS-10', 1],
    ]);
    expect(report.byAssessorPair).toEqual([
      expect.objectContaining({ secondAssessor: 'Asesor Kedua', pairs: 4 }),
    ]);
    expect(report.disagreements).toEqual([
      expect.objectContaining({ indicatorCode: 'INP-S08', firstLevel: 2, secondLevel: 1 }),
      expect.objectContaining({ indicatorCode: 'PRS-01', firstLevel: 0, secondLevel: 3 }),
    ]);
    const team = report.assessors.find((row: { name: string }) => row.name !== 'Asesor Kedua');
    expect(team).toMatchObject({
      answerCount: 4,
      meanLevel: 1.5,
      distribution: { '0': 1, '1': 1, '2': 1, '3': 1 },
    });
    expect(team.changedAtVerificationShare).toBe(0);
    expect(report.provinceDistribution).toEqual({ '0': 1, '1': 1, '2': 1, '3': 1 });

    const assessor = await call('assessor', 'GET', '/api/cycles/2024/quality?provinceCode=16');
    expect(assessor.statusCode).toBe(403);
    const outside = await call('coordinator', 'GET', '/api/cycles/2024/quality?provinceCode=31');
    expect(outside.statusCode).toBe(404);
  });
});
