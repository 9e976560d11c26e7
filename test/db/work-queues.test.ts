import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcceptLociResult, WorkQueue } from '../../src/contracts/work-queues.contract';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { loci, locusUnits } from '../../src/server/db/schema/cycles';
import { entities } from '../../src/server/db/schema/entities';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock, lateUtcInstant } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const clock = createTestClock(lateUtcInstant);
const dayMs = 86_400_000;
const daysAgo = (days: number, hours = 0) =>
  new Date(clock.now().getTime() - days * dayMs - hours * 3_600_000);

/** Issue #20: each role's queue (verify, approve, accept), oldest first with its age, and the bulk accept. */
describe.each(testEngines())('work queues on $name', (engine) => {
  let testApp: TestApp;
  let unitIds: string[] = [];
  const cookies = new Map<keyof typeof demoEmailByRole, string>();
  const queueOf = async (role: keyof typeof demoEmailByRole): Promise<WorkQueue> => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/work-queue',
      headers: { cookie: cookies.get(role) ?? '' },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const setUnitStatus = (unitId: string, status: 'submitted' | 'verified', at: Date) =>
    testApp.database.db
      .update(locusUnits)
      .set({ status, statusChangedAt: at })
      .where(eq(locusUnits.unitId, unitId));

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    for (const role of Object.keys(demoEmailByRole) as (keyof typeof demoEmailByRole)[])
      cookies.set(role, await signInAs(testApp.app, demoEmailByRole[role]));
    const admin = cookies.get('admin') ?? '';
    ({ unitIds } = await planMubaLocus(testApp.app, admin, clock.now()));
    // A second locus in Sumatera Selatan (Palembang) with one unit, for the coordinator's and centre's queues.
    const unit = await testApp.app.inject({
      method: 'POST',
      url: '/api/entities/16.71/units',
      headers: { cookie: admin },
      payload: { unitTypeCode: 'disdukcapil', name: 'Disdukcapil Palembang' },
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const locus = await testApp.app.inject({
      method: 'PUT',
      url: '/api/cycles/2024/loci/16.71',
      headers: { cookie: admin },
      payload: { unitIds: [unit.json().id] },
    });
    expect(locus.statusCode, locus.body).toBe(200);
    unitIds.push(unit.json().id);
  });
  afterAll(() => testApp.close());

  it("lists the verifier's submitted units, oldest first, with their age; other roles' units stay out", async () => {
    await setUnitStatus(unitIds[1] ?? '', 'submitted', daysAgo(1, 2));
    await setUnitStatus(unitIds[0] ?? '', 'submitted', daysAgo(3));
    // Palembang's unit is submitted too, but the demo verifier is not on its team.
    await setUnitStatus(unitIds[6] ?? '', 'submitted', daysAgo(5));
    const queue = await queueOf('verifier');
    expect(queue.kind).toBe('awaiting-verification');
    expect(queue.total).toBe(2);
    expect(queue.items.map((item) => [item.entityCode, item.unitName, item.ageDays])).toEqual([
      ['16.06', 'Dinas Sosial', 3],
      ['16.06', 'Dinas Pendidikan', 1],
    ]);
    expect(queue.items[0]).toMatchObject({ year: 2024, unitId: unitIds[0], since: daysAgo(3).toISOString() });
    for (const role of ['assessor', 'liaison'] as const) expect((await queueOf(role)).kind).toBeNull();
  });

  it('lists an entity for its coordinator once every unit is verified, never before', async () => {
    expect((await queueOf('coordinator')).items).toEqual([]);
    await setUnitStatus(unitIds[6] ?? '', 'verified', daysAgo(2));
    const queue = await queueOf('coordinator');
    expect(queue.kind).toBe('ready-to-approve');
    expect(queue.items.map((item) => [item.entityCode, item.unitId, item.ageDays])).toEqual([
      ['16.71', null, 2],
    ]);
  });

  it('lists approved entities for the centre and accepts several at once, each audited on its own', async () => {
    const approvedAt = daysAgo(4);
    const ids = await testApp.database.db
      .select({ id: loci.id })
      .from(loci)
      .innerJoin(entities, eq(entities.id, loci.entityId))
      .where(inArray(entities.code, ['16.06', '16.71']));
    await testApp.database.db
      .update(loci)
      .set({ approval: 'approved', approvedAt })
      .where(
        inArray(
          loci.id,
          ids.map((row) => row.id),
        ),
      );
    const waiting = await queueOf('admin');
    expect(waiting.kind).toBe('ready-to-accept');
    expect(waiting.items.map((item) => [item.entityCode, item.ageDays])).toEqual([
      ['16.06', 4],
      ['16.71', 4],
    ]);
    const accepted = await testApp.app.inject({
      method: 'POST',
      url: '/api/cycles/2024/loci/accept',
      headers: { cookie: cookies.get('admin') ?? '' },
      payload: { codes: ['16.06', '16.71', '16.72'] },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const result: AcceptLociResult = accepted.json();
    expect(result.accepted).toEqual(['16.06', '16.71']);
    // Not a locus of the cycle: refused alone, the others stay accepted.
    expect(result.refused.map((refusal) => [refusal.code, refusal.error])).toEqual([['16.72', 'NOT_FOUND']]);
    expect((await queueOf('admin')).items).toEqual([]);
    const audits = await testApp.database.db
      .select({ resourceId: auditLog.resourceId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'locus.accept')));
    expect(audits.map((row) => row.resourceId).sort()).toEqual(['2024/16.06', '2024/16.71']);
    const statuses = await testApp.database.db
      .select({ status: locusUnits.status })
      .from(locusUnits)
      .where(eq(locusUnits.unitId, unitIds[6] ?? ''));
    expect(statuses).toEqual([{ status: 'locked' }]);
    // The coordinator may not accept (centre only).
    const refused = await testApp.app.inject({
      method: 'POST',
      url: '/api/cycles/2024/loci/accept',
      headers: { cookie: cookies.get('coordinator') ?? '' },
      payload: { codes: ['16.06'] },
    });
    expect(refused.statusCode).toBe(403);
  });
});
