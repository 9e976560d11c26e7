import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, SimulatorInput } from '../../src/contracts/plans.contract';
import { type EntityAnswers, type Methodology, PLANNED_EVIDENCE, scoreEntity } from '../../src/core';
import { listOpportunities } from '../../src/core/planning/list-opportunities';
import { buildApp } from '../../src/server/app';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { loadConfig } from '../../src/server/config';
import { resultSnapshots } from '../../src/server/db/schema/results';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import {
  buildSimulatorModel,
  projectSimulation,
  raisesToChanges,
  type SimulatorChange,
} from '../../src/web/features/plans/simulate-changes';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { recordUnitAnswers } from '../helpers/collected-answers-factory';
import { cycleRequest, tinyPdf } from '../helpers/cycle-factory';
import { createOtherLiaison, seedMubaAnswers } from '../helpers/plan-fixtures';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('improvement planning on $name', (engine) => {
  let testApp: TestApp;
  let methodology: Methodology;
  let liaison: string;
  let coordinator: string;
  let otherLiaison: string;
  let simulator: SimulatorInput;

  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    ({ methodology } = await seedMubaAnswers(testApp));
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    otherLiaison = await createOtherLiaison(testApp);
    const response = await call(liaison, 'GET', '/api/plans/simulator/16.06');
    expect(response.statusCode).toBe(200);
    simulator = response.json();
  }, 120_000);
  afterAll(() => testApp.close());

  it('gives the simulator the cycle\u2019s answers, the edition and the province\u2019s published scores', () => {
    expect(simulator.source).toBe('collected');
    expect(simulator.year).toBe(2024);
    expect(simulator.methodologyRef).toBe('ombudsman-kepatuhan@2024r1');
    expect(simulator.answers?.units).toHaveLength(6);
    expect(simulator.peers.province.length).toBeGreaterThan(10);
    expect(simulator.peers.province.every((peer) => peer.code.startsWith('16'))).toBe(true);
  });

  it('lists indicators by points added, and projects exactly what scoring the changed answers gives', () => {
    const answers = simulator.answers as EntityAnswers;
    const { result, plan } = buildSimulatorModel(answers, methodology);
    expect(result.roundedScore).toBe(scoreEntity(answers, methodology).roundedScore);
    expect(listOpportunities(result, methodology)).toEqual(plan.opportunities);
    const gains = plan.opportunities.map((opportunity) => opportunity.gainToTop);
    expect(gains[0]).toBeGreaterThan(0);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));

    const [first, second, third] = plan.opportunities;
    if (!first || !second || !third) throw new Error('too few opportunities');
    const levelChanges: SimulatorChange[] = [
      { unitCode: first.unitCode, indicatorCode: first.indicatorCode, setLevel: 3 },
      { unitCode: second.unitCode, indicatorCode: second.indicatorCode, raiseBy: 1 },
      { unitCode: third.unitCode, indicatorCode: third.indicatorCode, setLevel: 2 },
    ];
    const peers = simulator.peers;
    const projected = projectSimulation(answers, methodology, levelChanges, peers);
    const whatIf = plan.whatIf(
      levelChanges.map((change) => change as { unitCode: string; indicatorCode: string; setLevel: number }),
    );
    expect(projected.score).toBe(whatIf.score);
    expect(projected.roundedScore).toBe(whatIf.roundedScore);
    expect(projected.category).toBe(whatIf.classification.category);
    expect(projected.gain).toBeGreaterThan(0);

    // Supplying missing evidence: the same as adding it to the answers by hand and scoring them.
    const unitWithout = answers.units.find((unit) =>
      unit.answers.some((answer) => answer.respondent === 'asesor' && !answer.evidence),
    );
    const lacking = unitWithout?.answers.find(
      (answer) => answer.respondent === 'asesor' && !answer.evidence && answer.level > 0,
    );
    if (!unitWithout || !lacking) throw new Error('no assessor claim without evidence');
    const evidenceChange: SimulatorChange = {
      unitCode: unitWithout.code,
      indicatorCode: lacking.indicator,
      addEvidence: true,
    };
    const byHand: EntityAnswers = {
      ...answers,
      units: answers.units.map((unit) =>
        unit.code !== unitWithout.code
          ? unit
          : {
              ...unit,
              answers: unit.answers.map((answer) =>
                answer.indicator === lacking.indicator && !answer.evidence
                  ? { ...answer, evidence: [PLANNED_EVIDENCE] }
                  : answer,
              ),
            },
      ),
    };
    const withEvidence = projectSimulation(answers, methodology, [evidenceChange], peers);
    expect(withEvidence.score).toBe(scoreEntity(byHand, methodology).score);
    expect(withEvidence.gain).toBeGreaterThan(0);

    // Ranks: against the other entities of the province (Muba itself is left out of the peers).
    expect(projected.rankProvince?.of).toBe(
      peers.province.filter((peer) => peer.code !== '16.06').length + 1,
    );
    const preset = plan.nextCategory;
    if (preset?.reachable) {
      const reached = projectSimulation(answers, methodology, raisesToChanges(preset.raises), peers);
      expect(reached.roundedScore).toBeGreaterThanOrEqual(preset.targetScore);
      expect(reached.score).toBe(preset.projected.score);
    }
  });

  it('creates a plan from the recommendations, updates items with versions, and audits each change', async () => {
    const { plan: planner } = buildSimulatorModel(simulator.answers as EntityAnswers, methodology);
    const top = planner.opportunities.slice(0, 3).map((opportunity, index) => ({
      unitId: opportunity.unitCode,
      indicatorCode: opportunity.indicatorCode,
      action: `Perbaiki ${opportunity.indicatorCode}`,
      ownerName: 'Budi',
      ownerPosition: 'Kepala Bagian Organisasi',
      dueDate: index === 0 ? '2000-01-31' : '2099-12-31',
      expectedGain: opportunity.gainToTop,
    }));
    const created = await call(liaison, 'POST', '/api/plans/16.06/2024', {
      title: 'Rencana aksi 2024',
      methodologyRef: simulator.methodologyRef,
      baselineScore: planner.current.roundedScore,
      items: top,
    });
    expect(created.statusCode).toBe(201);
    const plan: Plan = created.json();
    expect(plan.items).toHaveLength(3);
    expect(plan.items[0]?.unitName).not.toBeNull();
    expect(plan.progress).toMatchObject({ total: 3, planned: 3, overdue: 1 });
    expect(plan.progress.plannedGain).toBeCloseTo(
      top.reduce((sum, item) => sum + item.expectedGain, 0),
      9,
    );
    expect((await call(liaison, 'POST', '/api/plans/16.06/2024', { items: [] })).statusCode).toBe(409);

    const item = plan.items[1];
    if (!item) throw new Error('no item');
    const url = `/api/plans/16.06/2024/items/${item.id}`;
    const done = await call(liaison, 'PATCH', url, {
      version: item.version,
      status: 'done',
      note: 'SOP sudah ditetapkan',
    });
    expect(done.statusCode).toBe(200);
    const updated = (done.json() as Plan).items.find((candidate) => candidate.id === item.id);
    expect(updated).toMatchObject({ status: 'done', version: item.version + 1 });
    expect(updated?.notes).toEqual([
      expect.objectContaining({ text: 'SOP sudah ditetapkan', authorName: expect.any(String) }),
    ]);
    const stale = await call(liaison, 'PATCH', url, { version: item.version, status: 'dropped' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current.status).toBe('done');
    const second = await call(coordinator, 'PATCH', url, { version: item.version + 1, note: 'Diverifikasi' });
    expect((second.json() as Plan).items.find((candidate) => candidate.id === item.id)?.notes).toHaveLength(
      2,
    );

    const attached = await testApp.app.inject({
      method: 'POST',
      url: `${url}/files?fileName=sop.pdf`,
      headers: { cookie: liaison, 'content-type': 'application/pdf' },
      payload: tinyPdf,
    });
    expect(attached.statusCode).toBe(201);
    const file = (attached.json() as Plan).items.find((candidate) => candidate.id === item.id)?.files[0];
    expect(file?.fileName).toBe('sop.pdf');
    const download = await call(coordinator, 'GET', `${url}/files/${file?.sha256}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(tinyPdf)).toBe(true);

    const audit = await call(
      await signInAs(testApp.app, demoEmailByRole.admin),
      'GET',
      '/api/audit?pageSize=100',
    );
    const actions = (audit.json().items as { action: string }[]).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['plan.create', 'plan.item.update', 'plan.item.attach']));
  });

  it('shows coordinators every plan of the province with its progress; others get 404', async () => {
    const list = await call(coordinator, 'GET', '/api/plans?year=2024');
    expect(list.statusCode).toBe(200);
    const summary = list.json().items.find((row: { entityCode: string }) => row.entityCode === '16.06');
    expect(summary.progress).toMatchObject({ total: 3, done: 1, overdue: 1 });
    expect((await call(coordinator, 'GET', '/api/plans?overdueOnly=true')).json().items).toHaveLength(1);
    expect((await call(otherLiaison, 'GET', '/api/plans')).json().items).toEqual([]);
    expect((await call(otherLiaison, 'GET', '/api/plans/16.06/2024')).statusCode).toBe(404);
    expect((await call(otherLiaison, 'GET', '/api/plans/simulator/16.06')).statusCode).toBe(404);
    const plan: Plan = (await call(liaison, 'GET', '/api/plans/16.06/2024')).json();
    const item = plan.items[0];
    const foreign = await call(otherLiaison, 'PATCH', `/api/plans/16.06/2024/items/${item?.id}`, {
      version: item?.version,
      status: 'done',
    });
    expect(foreign.statusCode).toBe(404);
    const assessor = await signInAs(testApp.app, demoEmailByRole.assessor);
    expect((await call(assessor, 'GET', '/api/plans')).statusCode).toBe(403);
  });

  it('adds an item by hand to an existing plan', async () => {
    const added = await call(liaison, 'POST', '/api/plans/16.06/2024/items', {
      indicatorCode: 'PRS-01',
      action: 'Pasang papan standar pelayanan di semua loket',
    });
    expect(added.statusCode).toBe(201);
    expect((added.json() as Plan).items.at(-1)).toMatchObject({
      indicatorCode: 'PRS-01',
      expectedGain: null,
      unitId: null,
    });
  });

  it('removes an item at the version read: 409 with the current item when stale, 404 outside scope, audited', async () => {
    const before: Plan = (await call(liaison, 'GET', '/api/plans/16.06/2024')).json();
    const item = before.items.at(-1);
    if (!item) throw new Error('no item');
    const url = `/api/plans/16.06/2024/items/${item.id}`;
    const changed = await call(coordinator, 'PATCH', url, { version: item.version, ownerName: 'Sari' });
    expect(changed.statusCode).toBe(200);

    // The liaison still holds the version read before the coordinator's change.
    const stale = await call(liaison, 'DELETE', `${url}?version=${item.version}`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ id: item.id, ownerName: 'Sari' });
    expect(
      ((await call(liaison, 'GET', '/api/plans/16.06/2024')).json() as Plan).items.map((row) => row.id),
    ).toContain(item.id);
    expect((await call(otherLiaison, 'DELETE', `${url}?version=${item.version + 1}`)).statusCode).toBe(404);

    const removed = await call(liaison, 'DELETE', `${url}?version=${item.version + 1}`);
    expect(removed.statusCode).toBe(200);
    const after = removed.json() as Plan;
    expect(after.items.map((row) => row.id)).not.toContain(item.id);
    expect(after.items).toHaveLength(before.items.length - 1);
    expect(after.progress.total).toBe(before.progress.total - 1);
    expect((await call(liaison, 'DELETE', `${url}?version=${item.version + 1}`)).statusCode).toBe(404);

    const audit = await call(
      await signInAs(testApp.app, demoEmailByRole.admin),
      'GET',
      '/api/audit?pageSize=100',
    );
    const entry = (
      audit.json().items as { action: string; resourceId: string | null; before: unknown; after: unknown }[]
    ).filter((row) => row.action === 'plan.item.delete');
    expect(entry).toHaveLength(1);
    expect(entry[0]).toMatchObject({ resourceId: item.id, after: null });
    expect(entry[0]?.before).toMatchObject({ id: item.id, ownerName: 'Sari' });
  });
});

describe.each(testEngines())('improvement planning before publication on $name', (engine) => {
  let testApp: TestApp;
  let liaison: string;
  let coordinator: string;

  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const fromRecommendations = {
    title: 'Rencana aksi 2024',
    methodologyRef: 'ombudsman-kepatuhan@2024r1',
    baselineScore: 61.2,
    items: [{ indicatorCode: 'PRS-01', action: 'Pasang papan standar pelayanan', expectedGain: 0.5 }],
  };

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    await seedMubaAnswers(testApp, { publishHistory: false });
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
  }, 120_000);
  afterAll(() => testApp.close());

  it('shows the coordinator the collected answers before publication, the liaison nothing', async () => {
    const centre = await call(coordinator, 'GET', '/api/plans/simulator/16.06?year=2024');
    expect(centre.statusCode).toBe(200);
    expect((centre.json() as SimulatorInput).source).toBe('collected');
    expect((centre.json() as SimulatorInput).availableYears).toEqual([2024]);

    const asked = await call(liaison, 'GET', '/api/plans/simulator/16.06?year=2024');
    expect(asked.statusCode).toBe(404);
    expect(asked.body).not.toContain('PRS-01');
    const newest = await call(liaison, 'GET', '/api/plans/simulator/16.06');
    expect(newest.statusCode).toBe(200);
    expect(newest.json()).toMatchObject({ year: null, source: 'none', answers: null, availableYears: [] });

    const refused = await call(liaison, 'POST', '/api/plans/16.06/2024', fromRecommendations);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/2024/);
  });

  it('opens the cycle to the liaison only once its published snapshot is out of embargo', async () => {
    const db = testApp.database.db;
    const embargoAt = new Date(Date.now() + 3_600_000);
    // Published at once with the embargo an hour ahead (the server clock decides when it passes).
    await importSumateraSelatanHistory(db, commandLineAuditContext, embargoAt);
    const [published] = await db
      .select({ status: resultSnapshots.status })
      .from(resultSnapshots)
      .where(eq(resultSnapshots.year, 2024));
    expect(published?.status).toBe('published');
    expect((await call(liaison, 'GET', '/api/plans/simulator/16.06?year=2024')).statusCode).toBe(404);
    expect((await call(liaison, 'POST', '/api/plans/16.06/2024', fromRecommendations)).statusCode).toBe(409);

    // The same database, served by an app whose clock runs two hours ahead: past the embargo.
    const later = await buildApp({
      config: { ...loadConfig({ LOG_LEVEL: 'silent' }), testClockOffsetMs: 2 * 3_600_000 },
      database: testApp.database,
    });
    await later.ready();
    try {
      const cookie = await signInAs(later, demoEmailByRole.liaison);
      const get = (url: string) => later.inject({ method: 'GET', url, headers: { cookie } });
      const opened = await get('/api/plans/simulator/16.06?year=2024');
      expect(opened.statusCode).toBe(200);
      expect(opened.json()).toMatchObject({ year: 2024, source: 'collected', availableYears: [2024] });
      expect((opened.json() as SimulatorInput).answers?.units).toHaveLength(6);
      expect((await get('/api/plans/simulator/16.06')).json()).toMatchObject({
        year: 2024,
        source: 'collected',
      });
      const created = await later.inject({
        method: 'POST',
        url: '/api/plans/16.06/2024',
        headers: { cookie },
        payload: fromRecommendations,
      });
      expect(created.statusCode).toBe(201);
    } finally {
      await later.close();
    }
  });

  it('leaves the baseline check out for the liaison while the next cycle is unpublished', async () => {
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    const units = (
      await call(coordinator, 'GET', '/api/plans/simulator/16.06?year=2024')
    ).json() as SimulatorInput;
    const unitId = units.answers?.units[0]?.code;
    if (!unitId) throw new Error('no unit');
    expect((await call(admin, 'POST', '/api/cycles', cycleRequest(2025, 'entry-meetings'))).statusCode).toBe(
      201,
    );
    const locus = await testApp.app.inject({
      method: 'PUT',
      url: '/api/cycles/2025/loci/16.06',
      headers: { cookie: admin },
      payload: { unitIds: [unitId] },
    });
    expect(locus.statusCode).toBeLessThan(300);
    await recordUnitAnswers(testApp.database, {
      year: 2025,
      entityCode: '16.06',
      unitId,
      knowledgeLevels: [3, 3, 2],
      observed: [['PRS-01', 3, true]],
      surveys: [],
    });
    const centre = (await call(coordinator, 'GET', '/api/plans/16.06/2024')).json() as Plan;
    expect(centre.baseline).not.toBeNull();
    const own = await call(liaison, 'GET', '/api/plans/16.06/2024');
    expect(own.statusCode).toBe(200);
    expect((own.json() as Plan).baseline).toBeNull();
    expect((await call(liaison, 'GET', '/api/plans/simulator/16.06?year=2025')).statusCode).toBe(404);
  });
});
