import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycleProgressSchema } from '../../src/contracts/progress.contract';
import type { Methodology } from '../../src/core/methodology/methodology.schema';
import { keepUnitProgressCounts } from '../../src/server/db/repositories/unit-progress-counts.repository';
import { answerEvidence, answers, respondents, surveyResponses } from '../../src/server/db/schema/collection';
import { unitProgressCounts } from '../../src/server/db/schema/progress';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import {
  clearLocusUnit,
  fillLocusUnit,
  findLocusUnitId,
  methodologyOf,
} from '../helpers/collected-unit-factory';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

type Who = 'admin' | 'assessor' | 'verifier';

/*
 * The progress answer reads per-unit counts kept in unit_progress_counts; triggers mark a unit's counts stale on
 * any write to its field data. After each kind of write, through the use-cases and straight into the tables (as
 * COPY loads and imports write), the answer must equal one counted from scratch, and only the written units may
 * have been counted again.
 */
describe.each(testEngines())('kept field-progress counts on $name', (engine) => {
  let testApp: TestApp;
  let methodology: Methodology;
  const cookie = new Map<Who, string>();
  let unitIds: string[] = [];
  const locusUnitIds: string[] = [];
  const call = (
    method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    who: Who,
    payload?: object,
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: { cookie: cookie.get(who) ?? '' },
      ...(payload ? { payload } : {}),
    });
  const unitUrl = (index: number) => `/api/cycles/2024/loci/16.06/units/${unitIds[index]}`;
  const progress = async (query = '') => {
    const response = await call('GET', `/api/cycles/2024/progress${query}`, 'admin');
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const currentRows = async () => {
    const rows = await testApp.database.db
      .select({ locusUnitId: unitProgressCounts.locusUnitId })
      .from(unitProgressCounts)
      .where(sql`${unitProgressCounts.countedGeneration} = ${unitProgressCounts.generation}`);
    return new Set(rows.map((row) => row.locusUnitId));
  };
  /** The answer from kept counts equals the one counted from scratch (every kept row dropped first). */
  const expectKeptEqualsRecount = async () => {
    const kept = await progress();
    await testApp.database.db.delete(unitProgressCounts);
    const recounted = await progress();
    expect(kept).toEqual(recounted);
    // The route writes the answer out without re-checking it (progress.routes.ts): the contract must hold here.
    expect(cycleProgressSchema.strict().safeParse(kept).error).toBeUndefined();
    return kept;
  };
  const unitProgressOf = (answer: { provinces: { entities: { units: { unitId: string }[] }[] }[] }) =>
    new Map(
      answer.provinces
        .flatMap((province) => province.entities.flatMap((entity) => entity.units))
        .map((unit) => [unit.unitId, unit]),
    );
  const staleAfter = async (write: () => Promise<unknown>) => {
    await progress();
    expect((await currentRows()).size).toBe(locusUnitIds.length + 1);
    await write();
    const current = await currentRows();
    return [...locusUnitIds].filter((id) => !current.has(id)).map((id) => locusUnitIds.indexOf(id));
  };

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    methodology = await methodologyOf('ombudsman-kepatuhan@2024r1');
    for (const role of ['admin', 'assessor', 'verifier'] as const)
      cookie.set(role, await signInAs(testApp.app, demoEmailByRole[role]));
    const admin = cookie.get('admin') ?? '';
    ({ unitIds } = await planMubaLocus(testApp.app, admin));
    const unit = await call('POST', '/api/entities/31.71/units', 'admin', {
      unitTypeCode: 'dinas-sosial',
      name: 'Dinas Sosial Jakarta Pusat',
    });
    await call('PUT', '/api/cycles/2024/loci/31.71', 'admin', { unitIds: [unit.json().id] });
    await call('PATCH', '/api/cycles/2024', 'admin', { phases: phasesAround('data-collection') });
    const db = testApp.database.db;
    for (const unitId of unitIds) locusUnitIds.push(await findLocusUnitId(db, '16.06', unitId));
    await fillLocusUnit(db, methodology, locusUnitIds[0] ?? '', { surveyResponses: 4 });
    await fillLocusUnit(db, methodology, locusUnitIds[1] ?? '', {
      roles: ['kepala-unit', 'petugas-pelayanan'],
      withoutEvidence: ['PRS-06'],
    });
  });
  afterAll(() => testApp.close());

  it('counts every unit once, then reads the kept counts until a unit is written to', async () => {
    const first = await expectKeptEqualsRecount();
    expect(first.provinces.map((province: { provinceCode: string }) => province.provinceCode)).toEqual([
      '16',
      '31',
    ]);
    expect((await currentRows()).size).toBe(locusUnitIds.length + 1);
    expect(unitProgressOf(first).get(unitIds[0] ?? '')).toMatchObject({
      respondents: { done: 5, total: 5 },
      survey: { done: 4, total: 30 },
    });
  });

  it('recounts only the unit an answer, a new version of it or a cleared level was saved at', async () => {
    const save = (level: number | null, expectedVersion: number) =>
      call('PUT', `${unitUrl(2)}/answers`, 'assessor', {
        respondentId: null,
        indicatorCode: 'PRS-01',
        level,
        note: 'dicatat',
        expectedVersion,
      });
    expect(await staleAfter(async () => expect((await save(2, 0)).statusCode).toBe(200))).toEqual([2]);
    expect(unitProgressOf(await expectKeptEqualsRecount()).get(unitIds[2] ?? '')).toMatchObject({
      respondents: { done: 1 },
      indicators: { done: 1 },
    });
    expect(await staleAfter(async () => expect((await save(null, 1)).statusCode).toBe(200))).toEqual([2]);
    expect(unitProgressOf(await expectKeptEqualsRecount()).get(unitIds[2] ?? '')).toMatchObject({
      respondents: { done: 0 },
      indicators: { done: 0 },
    });
  });

  it('follows officials added and removed (with their answers), evidence removed and survey exclusions', async () => {
    const created = await staleAfter(async () => {
      const response = await call('POST', `${unitUrl(2)}/respondents`, 'assessor', {
        roleCode: 'kepala-unit',
        name: 'Kepala Unit Baru',
      });
      expect(response.statusCode, response.body).toBe(201);
    });
    expect(created).toEqual([2]);
    await expectKeptEqualsRecount();
    const db = testApp.database.db;
    const [official] = await db
      .select({ id: respondents.id })
      .from(respondents)
      .where(eq(respondents.locusUnitId, locusUnitIds[1] ?? ''))
      .limit(1);
    expect(
      await staleAfter(async () =>
        expect(
          (await call('DELETE', `${unitUrl(1)}/respondents/${official?.id}`, 'assessor')).statusCode,
        ).toBe(200),
      ),
    ).toEqual([1]);
    await expectKeptEqualsRecount();
    const [evidence] = await db
      .select({ id: answerEvidence.id })
      .from(answerEvidence)
      .innerJoin(answers, eq(answers.id, answerEvidence.answerId))
      .where(eq(answers.locusUnitId, locusUnitIds[0] ?? ''))
      .limit(1);
    expect(
      await staleAfter(async () =>
        expect((await call('DELETE', `${unitUrl(0)}/evidence/${evidence?.id}`, 'assessor')).statusCode).toBe(
          204,
        ),
      ),
    ).toEqual([0]);
    await expectKeptEqualsRecount();
    const [response] = await db
      .select({ id: surveyResponses.id })
      .from(surveyResponses)
      .where(eq(surveyResponses.locusUnitId, locusUnitIds[0] ?? ''))
      .limit(1);
    expect(
      await staleAfter(async () => {
        const excluded = await call(
          'POST',
          `${unitUrl(0)}/survey/responses/${response?.id}/exclusion`,
          'verifier',
          {
            excluded: true,
            note: 'Dua kali dari perangkat yang sama',
          },
        );
        expect(excluded.statusCode, excluded.body).toBe(200);
      }),
    ).toEqual([0]);
    expect(unitProgressOf(await expectKeptEqualsRecount()).get(unitIds[0] ?? '')).toMatchObject({
      survey: { done: 3 },
    });
  });

  it('follows rows written and deleted in bulk straight into the tables, as loads and imports write', async () => {
    const db = testApp.database.db;
    expect(
      await staleAfter(() => fillLocusUnit(db, methodology, locusUnitIds[3] ?? '', { surveyResponses: 2 })),
    ).toEqual([3]);
    await expectKeptEqualsRecount();
    expect(await staleAfter(() => clearLocusUnit(db, locusUnitIds[1] ?? ''))).toEqual([1]);
    const cleared = unitProgressOf(await expectKeptEqualsRecount()).get(unitIds[1] ?? '');
    expect(cleared).toMatchObject({ respondents: { done: 0 }, indicators: { done: 0 }, survey: { done: 0 } });
  });

  it('recounts evidence kept under another evidence rule, and a page adds up to the whole', async () => {
    await progress();
    await testApp.database.db
      .update(unitProgressCounts)
      .set({ evidenceKey: 'an-older-rule', answersWithEvidence: 99 });
    const whole = await expectKeptEqualsRecount();
    const page = await progress('?page=2&pageSize=1');
    expect(page.page).toEqual({ page: 2, pageSize: 1, totalEntities: 2 });
    for (const [index, province] of whole.provinces.entries()) {
      const { entities: _whole, ...wholeFigures } = province;
      const { entities: _page, ...pageFigures } = page.provinces[index];
      expect(pageFigures).toEqual(wholeFigures);
    }
  });

  it('drops counts made before a write that bumped the generation meanwhile', async () => {
    await progress();
    const db = testApp.database.db;
    const locusUnitId = locusUnitIds[0] ?? '';
    const [before] = await db
      .select({ generation: unitProgressCounts.generation })
      .from(unitProgressCounts)
      .where(eq(unitProgressCounts.locusUnitId, locusUnitId));
    await db.delete(surveyResponses).where(eq(surveyResponses.locusUnitId, locusUnitId));
    const stale = {
      respondents: 0,
      answeredIndicators: 0,
      assessorAnswered: false,
      answersNeedingEvidence: 0,
      answersWithEvidence: 0,
      surveyResponses: 42,
    };
    await keepUnitProgressCounts(
      db,
      [{ locusUnitId, generation: before?.generation ?? 0, counts: stale }],
      'k',
    );
    expect((await currentRows()).has(locusUnitId)).toBe(false);
    const survey = unitProgressOf(await expectKeptEqualsRecount()).get(unitIds[0] ?? '');
    expect(survey).toMatchObject({ survey: { done: 0 } });
  });
});
