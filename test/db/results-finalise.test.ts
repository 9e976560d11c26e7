import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scoreEntity, type UnitAnswers } from '../../src/core';
import {
  findEntityResultInSnapshot,
  listUnitResultsOfEntityResult,
} from '../../src/server/db/repositories/document-sources.repository';
import { findCachedEdition } from '../../src/server/methodologies/cached-methodology-catalog';
import { unitExplanationTrees } from '../../src/server/results/unit-explanation-trees';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import {
  changeKnowledgeAnswer,
  entityAnswersOf,
  recordUnitAnswers,
} from '../helpers/collected-answers-factory';
import { mubaUnits2024, phasesAround, planMubaLocus, tinyPdf } from '../helpers/cycle-factory';
import { finaliseAllOverride } from '../helpers/finalise-request';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

type Phase = Parameters<typeof phasesAround>[0];

// Scoring six units and seeding a full app per engine takes a while on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

describe.each(testEngines())('finalising a computed cycle on $name', (engine) => {
  let testApp: TestApp;
  let admin = '';
  let coordinator = '';
  let liaison = '';
  let verifier = '';
  let assessor = '';
  let unitIds: string[] = [];
  let unitsAnswers: UnitAnswers[] = [];
  let firstSnapshotId = '';

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  /** Moves the 2024 cycle so `phase` runs now; the embargo sits one hour into Publication. */
  const moveTo = async (phase: Phase) => {
    const phases = phasesAround(phase);
    const publication = phases.find((candidate) => candidate.code === 'publication');
    const embargoAt = new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString();
    const response = await call('PATCH', '/api/cycles/2024', admin, { phases, embargoAt });
    expect(response.statusCode, response.body).toBe(200);
    return embargoAt;
  };

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    verifier = await signInAs(testApp.app, demoEmailByRole.verifier);
    assessor = await signInAs(testApp.app, demoEmailByRole.assessor);
    unitIds = (await planMubaLocus(testApp.app, admin)).unitIds;
    await moveTo('verification');
    // The cycle is read once data collection has opened, which freezes its edition.
    expect((await call('GET', '/api/cycles/2024', admin)).json().methodologySha256).toMatch(/^[0-9a-f]{64}$/);
    const first = unitIds[0] ?? '';
    const second = unitIds[1] ?? '';
    const recorded = [
      await recordUnitAnswers(testApp.database, {
        year: 2024,
        entityCode: '16.06',
        unitId: first,
        knowledgeLevels: [3, 2, 3, 1, 2, 3],
        observed: [
          ['PRS-01', 3, false],
          ['PRS-02', 2, true],
          ['INP-S01', 3, true],
        ],
        surveys: [
          { 'OUT-01': 3, 'OUT-02': 2 },
          { 'OUT-01': 2, 'OUT-03': 3 },
        ],
      }),
      await recordUnitAnswers(testApp.database, {
        year: 2024,
        entityCode: '16.06',
        unitId: second,
        knowledgeLevels: [1, 1, 2, 0, 3, 2],
        observed: [['PGD-01', 3, true]],
        surveys: [],
      }),
    ];
    unitsAnswers = unitIds.map((id, index) => {
      const done = recorded.find((unit) => unit.code === id);
      const [type, name] = mubaUnits2024[index] ?? ['', ''];
      return done ?? { code: id, name, type, respondents: [], answers: [] };
    });
  });
  afterAll(() => testApp.close());

  const scoreDirectly = async () => {
    const edition = await findCachedEdition('ombudsman-kepatuhan@2024r1');
    if (!edition) throw new Error('edition missing');
    return scoreEntity(
      entityAnswersOf(
        { code: '16.06', name: 'Musi Banyuasin', kind: 'pemkab', province: '16' },
        unitsAnswers,
      ),
      edition.methodology,
    );
  };

  it('shows the provisional result only in the objection window, to the liaison and coordinator in scope', async () => {
    const url = '/api/cycles/2024/provisional-results?entity=16.06';
    expect((await call('GET', url, liaison)).statusCode).toBe(409);
    await moveTo('objection-window');
    const expected = await scoreDirectly();
    for (const cookie of [liaison, coordinator, admin]) {
      const response = await call('GET', url, cookie);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body.score).toBe(expected.roundedScore);
      expect(body.category).toBe(expected.classification.category);
      expect(body.units).toHaveLength(6);
      expect(body.weakestIndicators.length).toBeGreaterThan(0);
      expect(body.weakestIndicators.length).toBeLessThanOrEqual(5);
    }
    // Others: not their entity (liaison), another province, or a role without the right.
    expect((await call('GET', '/api/cycles/2024/provisional-results?entity=16.71', liaison)).statusCode).toBe(
      404,
    );
    expect((await call('GET', url, verifier)).statusCode).toBe(403);
    expect((await call('GET', url, assessor)).statusCode).toBe(403);
    expect((await testApp.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await call('GET', '/api/public/results?year=2024', liaison)).json().items ?? []).toEqual([]);
  });

  it('takes objections in the window with evidence; the verifier decides, each step audited', async () => {
    const filed = await call('POST', '/api/cycles/2024/objections', liaison, {
      entityCode: '16.06',
      unitId: unitIds[0],
      indicatorCode: 'INP-K04',
      text: 'Kepala dinas sudah mengikuti pelatihan standar pelayanan; sertifikat terlampir.',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const objection = filed.json();
    expect(objection).toMatchObject({ status: 'open', entityCode: '16.06', indicatorCode: 'INP-K04' });
    const attached = await testApp.app.inject({
      method: 'POST',
      url: `/api/cycles/2024/objections/${objection.id}/files?fileName=sertifikat.pdf`,
      headers: { cookie: liaison, 'content-type': 'application/pdf' },
      payload: tinyPdf,
    });
    expect(attached.statusCode, attached.body).toBe(201);
    expect(attached.json().files).toHaveLength(1);
    // Another government's objection is refused: Muba's liaison cannot file for Lubuklinggau.
    const foreign = await call('POST', '/api/cycles/2024/objections', liaison, {
      entityCode: '16.73',
      text: 'Sanggahan untuk entitas lain yang bukan wewenang penghubung.',
    });
    expect(foreign.statusCode).toBe(404);
    // The liaison cannot decide; the verifier of the province can, once.
    const decisionUrl = `/api/cycles/2024/objections/${objection.id}/decision`;
    const decision = { decision: 'accepted', note: 'Sertifikat sah; asesor memperbaiki INP-K04.' };
    expect((await call('POST', decisionUrl, liaison, decision)).statusCode).toBe(403);
    const decided = await call('POST', decisionUrl, verifier, decision);
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'accepted', decidedByName: expect.any(String) });
    expect((await call('POST', decisionUrl, verifier, decision)).statusCode).toBe(409);
    const listed = await call('GET', '/api/cycles/2024/objections?entity=16.06', liaison);
    expect(listed.json().items).toHaveLength(1);
    const audit = await call('GET', `/api/audit?resourceType=objection&resourceId=${objection.id}`, admin);
    const actions = audit.json().items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['objection.file', 'objection.attach', 'objection.accept']),
    );
  });

  it('finalises only in determination, with an embargo, into a snapshot equal to scoring with the core', async () => {
    expect((await call('POST', '/api/cycles/2024/finalise', admin, finaliseAllOverride)).statusCode).toBe(
      409,
    );
    const phases = phasesAround('determination');
    const cleared = await call('PATCH', '/api/cycles/2024', admin, { phases, embargoAt: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const noEmbargo = await call('POST', '/api/cycles/2024/finalise', admin, finaliseAllOverride);
    expect(noEmbargo.statusCode).toBe(400);
    expect(noEmbargo.json().error.message).toContain('embargo');
    const embargoAt = await moveTo('determination');
    // Objections close with the window.
    const late = await call('POST', '/api/cycles/2024/objections', liaison, {
      entityCode: '16.06',
      text: 'Sanggahan yang terlambat setelah masa sanggahan berakhir.',
    });
    expect(late.statusCode).toBe(409);
    expect(
      (await call('POST', '/api/cycles/2024/finalise', coordinator, finaliseAllOverride)).statusCode,
    ).toBe(403);
    const finalised = await call('POST', '/api/cycles/2024/finalise', admin, finaliseAllOverride);
    expect(finalised.statusCode, finalised.body).toBe(200);
    const body = finalised.json();
    expect(body).toMatchObject({ year: 2024, entities: 1, units: 6, embargoAt, supersedesId: null });
    expect(body.flags).toEqual([
      expect.objectContaining({ entityCode: '16.06', flag: 'not-accepted', approval: 'open' }),
    ]);
    firstSnapshotId = body.snapshotId;
    const expected = await scoreDirectly();
    const { db } = testApp.database;
    const entityRow = (
      (await db.execute(
        sql`select score::float8 as score, category, zone, rank_national, rank_province, flags, explanation from entity_results where snapshot_id = ${firstSnapshotId}`,
      )) as unknown as { rows: Record<string, unknown>[] }
    ).rows[0];
    expect(entityRow).toMatchObject({
      score: expected.roundedScore,
      category: expected.classification.category,
      zone: expected.classification.zone,
      rank_national: 1,
      rank_province: 1,
      flags: ['not-accepted', 'override'],
    });
    expect((entityRow?.explanation as { tree: { kind: string } } | undefined)?.tree.kind).toBe('entity');
    const unitRows = (
      (await db.execute(
        sql`select unit_id, score::float8 as score, category, rank_unit_type_province, explanation from unit_results where snapshot_id = ${firstSnapshotId}`,
      )) as unknown as {
        rows: {
          unit_id: string;
          score: number;
          category: string;
          explanation: { tree?: unknown; format?: string; answers?: string };
        }[];
      }
    ).rows;
    expect(unitRows).toHaveLength(6);
    // Unit rows keep their scored answers compactly; the tree is rebuilt on read and must equal the one the
    // pure core gives for the same answers (what finalising stored before issue #19).
    const storedEntity = await findEntityResultInSnapshot(db, firstSnapshotId, '16.06');
    if (!storedEntity) throw new Error('entity row missing');
    const storedUnits = await listUnitResultsOfEntityResult(db, storedEntity.id);
    const edition = await findCachedEdition('ombudsman-kepatuhan@2024r1');
    if (!edition) throw new Error('edition missing');
    const rebuilt = unitExplanationTrees(storedEntity, storedUnits, edition.methodology);
    expect(rebuilt.size).toBe(6);
    for (const unit of expected.units) {
      const row = unitRows.find((candidate) => candidate.unit_id === unit.unitCode);
      expect(row?.score).toBe(unit.roundedScore);
      expect(row?.category).toBe(unit.classification.category);
      expect(row?.explanation).toMatchObject({ format: 'unit-answers-deflate@1' });
      expect(row?.explanation.tree).toBeUndefined();
      const storedUnit = storedUnits.find((candidate) => candidate.unitId === unit.unitCode);
      expect(rebuilt.get(storedUnit?.id ?? '')).toEqual(unit.tree);
    }
    expect(body.changes).toEqual([expect.objectContaining({ entityCode: '16.06', change: 'added' })]);
    // Published at once, but not public before the embargo.
    const snapshots = (await call('GET', '/api/results/snapshots', admin)).json().items;
    expect(snapshots[0]).toMatchObject({ id: firstSnapshotId, source: 'computed', status: 'published' });
    const cycles = (await testApp.app.inject({ method: 'GET', url: '/api/public/cycles' })).json();
    expect(JSON.stringify(cycles)).not.toContain('2024');
  });

  it('re-finalising creates a new snapshot that supersedes the first and lists the differences', async () => {
    await changeKnowledgeAnswer(testApp.database, unitIds[0] ?? '', 'INP-K04', 3);
    const changedUnit = unitsAnswers[0];
    if (changedUnit)
      unitsAnswers[0] = {
        ...changedUnit,
        answers: changedUnit.answers.map((answer) =>
          answer.indicator === 'INP-K04' ? { ...answer, level: 3 } : answer,
        ),
      };
    const again = await call('POST', '/api/cycles/2024/finalise', admin, finaliseAllOverride);
    expect(again.statusCode, again.body).toBe(200);
    const body = again.json();
    expect(body.supersedesId).toBe(firstSnapshotId);
    expect(body.snapshotId).not.toBe(firstSnapshotId);
    expect(body.changes).toEqual([expect.objectContaining({ entityCode: '16.06', change: 'changed' })]);
    expect(body.unitChanges).toEqual([expect.objectContaining({ unitId: unitIds[0], change: 'changed' })]);
    expect(body.changes[0].after.score).toBe((await scoreDirectly()).roundedScore);
    expect(body.changes[0].after.score).toBeGreaterThan(body.changes[0].before.score);
    const changes = await call('GET', `/api/results/snapshots/${body.snapshotId}/changes`, admin);
    expect(changes.json()).toMatchObject({
      source: 'computed',
      supersedesId: firstSnapshotId,
      unitChanges: [expect.objectContaining({ unitId: unitIds[0], change: 'changed' })],
    });
  });

  it('refuses in the database any change to a published computed snapshot, its units and explanations', async () => {
    const { db } = testApp.database;
    const attempts = [
      sql`update result_snapshots set embargo_at = now() where id = ${firstSnapshotId}`,
      sql`update entity_results set score = 100 where snapshot_id = ${firstSnapshotId}`,
      sql`update entity_results set explanation = '{}'::jsonb where snapshot_id = ${firstSnapshotId}`,
      sql`update unit_results set score = 100 where snapshot_id = ${firstSnapshotId}`,
      sql`delete from unit_results where snapshot_id = ${firstSnapshotId}`,
    ];
    for (const attempt of attempts) expect(await refusal(db.execute(attempt))).toMatch(/published/);
  });
});

async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
    return 'allowed';
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    return cause instanceof Error ? cause.message : String(cause);
  }
}
