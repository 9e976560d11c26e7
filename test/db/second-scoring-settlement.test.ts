import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/build-test-app';
import { drawQualitySample } from '../helpers/quality-sample-fixture';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const clock = createTestClock('2024-07-10T03:00:00.000Z');

/** The blind second-scoring form, the verifier's settlement of disagreements, and per-unit service hours. */
describe.each(testEngines())('second scoring settlement on $name', (engine) => {
  let test: TestApp;
  const cookie = { admin: '', assessor: '', verifier: '', second: '' };
  const call = (
    who: keyof typeof cookie,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
  ) => test.app.inject({ method, url, headers: { cookie: cookie[who] }, ...(payload ? { payload } : {}) });
  let unitId = '';
  let base = '';

  beforeAll(async () => {
    const sample = await drawQualitySample(engine, clock, {
      samplePercent: 20,
      roles: ['assessor', 'verifier'],
    });
    test = sample.test;
    Object.assign(cookie, sample.cookie);
    unitId = sample.drawn[0]?.unitId ?? '';
    base = `/api/cycles/2024/loci/16.06/units/${unitId}`;
  });
  afterAll(async () => {
    await test.close();
  });

  it('gives the drawn assessor a blind form without the first levels, and nobody else', async () => {
    const first = await call('assessor', 'PUT', `${base}/answers`, {
      respondentId: null,
      indicatorCode: 'PRS-01',
      level: 0,
      note: 'tidak ada maklumat',
      expectedVersion: 0,
    });
    expect(first.statusCode).toBe(200);
    const mine = await call('second', 'GET', '/api/quality/second-scorings');
    expect(mine.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 2024, entityCode: '16.06', unitId, answered: 0 }),
      ]),
    );
    const form = await call('second', 'GET', `${base}/second-scoring`);
    expect(form.statusCode).toBe(200);
    const unitSection = form.json().sections[0];
    expect(unitSection.respondentId).toBeNull();
    expect(
      unitSection.questions.map((question: { indicatorCode: string }) => question.indicatorCode),
    ).toContain('PRS-01');
    expect(form.json().answers).toEqual([]);
    // Blind: neither the first level nor its note reaches the second assessor.
    expect(form.body).not.toContain('tidak ada maklumat');
    expect((await call('assessor', 'GET', `${base}/second-scoring`)).statusCode).toBe(404);
    expect((await call('verifier', 'GET', `${base}/second-scoring`)).statusCode).toBe(403);
    const saved = await call('second', 'PUT', `${base}/second-scoring/answers`, {
      respondentId: null,
      indicatorCode: 'PRS-01',
      level: 3,
    });
    expect(saved.statusCode).toBe(200);
    const again = await call('second', 'GET', `${base}/second-scoring`);
    expect(again.json().answers).toEqual([{ respondentId: null, indicatorCode: 'PRS-01', level: 3 }]);
  });

  it('puts the disagreement in the verifier queue; settling changes the answer, keeps agreement honest', async () => {
    const queue = await call('verifier', 'GET', '/api/work-queue');
    expect(queue.json().disagreements).toEqual([
      expect.objectContaining({ entityCode: '16.06', unitId, count: 1 }),
    ]);
    const listed = await call('verifier', 'GET', `${base}/second-scoring/disagreements`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([
      expect.objectContaining({ indicatorCode: 'PRS-01', firstLevel: 0, secondLevel: 3, settlement: null }),
    ]);
    const offScale = await call('verifier', 'POST', `${base}/second-scoring/settlements`, {
      respondentId: null,
      indicatorCode: 'PRS-01',
      level: 9,
      note: 'bukti maklumat terpasang',
    });
    expect(offScale.statusCode).toBe(400);
    expect((await call('assessor', 'POST', `${base}/second-scoring/settlements`, {})).statusCode).toBe(403);
    const settled = await call('verifier', 'POST', `${base}/second-scoring/settlements`, {
      respondentId: null,
      indicatorCode: 'PRS-01',
      level: 3,
      note: 'Foto maklumat terpasang di loket',
    });
    expect(settled.statusCode).toBe(200);
    expect(settled.json()).toEqual({ settledLevel: 3, answerChanged: true });
    const collection = await call('verifier', 'GET', `${base}/collection`);
    const answer = collection
      .json()
      .answers.find((row: { indicatorCode: string }) => row.indicatorCode === 'PRS-01');
    expect(answer).toMatchObject({ level: 3, note: 'tidak ada maklumat', version: 2 });
    const twice = await call('verifier', 'POST', `${base}/second-scoring/settlements`, {
      respondentId: null,
      indicatorCode: 'PRS-01',
      level: 3,
      note: 'sekali lagi',
    });
    expect(twice.statusCode).toBe(409);
    expect((await call('verifier', 'GET', '/api/work-queue')).json().disagreements).toEqual([]);
    // Agreement still compares what the first team scored (0), not the correction (3).
    const report = (await call('admin', 'GET', '/api/cycles/2024/quality?provinceCode=16')).json();
    expect(report.overall).toMatchObject({ pairs: 1, percentAgreement: 0 });
    expect(report.disagreements).toEqual([
      expect.objectContaining({
        unitId,
        firstLevel: 0,
        secondLevel: 3,
        settlement: expect.objectContaining({ level: 3, note: 'Foto maklumat terpasang di loket' }),
      }),
    ]);
    const audit = await call('admin', 'GET', '/api/audit?action=quality.disagreement.settle');
    expect(audit.json().items).toHaveLength(1);
    // A changed second level reopens the question for the verifier.
    await call('second', 'PUT', `${base}/second-scoring/answers`, {
      respondentId: null,
      indicatorCode: 'PRS-01',
      level: 2,
    });
    const reopened = (await call('verifier', 'GET', `${base}/second-scoring/disagreements`)).json();
    expect(reopened.items).toEqual([
      expect.objectContaining({ firstLevel: 3, secondLevel: 2, settlement: null }),
    ]);
  });

  it('records a unit’s service hours and refuses hours that close before they open', async () => {
    const refused = await call('admin', 'PATCH', `/api/units/${unitId}`, { serviceHours: '16:00-07:30' });
    expect(refused.statusCode).toBe(400);
    const malformed = await call('admin', 'PATCH', `/api/units/${unitId}`, { serviceHours: '7.30-16' });
    expect(malformed.statusCode).toBe(400);
    const saved = await call('admin', 'PATCH', `/api/units/${unitId}`, { serviceHours: '07:30-14:00' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().serviceHours).toBe('07:30-14:00');
    const cleared = await call('admin', 'PATCH', `/api/units/${unitId}`, { serviceHours: null });
    expect(cleared.json().serviceHours).toBeNull();
  });
});
