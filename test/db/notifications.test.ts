import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationList } from '../../src/contracts/notifications.contract';
import { locusUnits } from '../../src/server/db/schema/cycles';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { planMubaLocus } from '../helpers/cycle-factory';
import { createOtherLiaison } from '../helpers/plan-fixtures';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

const dayMs = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * dayMs).toISOString().slice(0, 10);

describe.each(testEngines())('notifications on $name', (engine) => {
  let testApp: TestApp;
  const get = async (cookie: string): Promise<NotificationList> =>
    (await testApp.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie } })).json();

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    const { unitIds } = await planMubaLocus(testApp.app, admin);
    const liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/plans/16.06/2024',
      headers: { cookie: liaison },
      payload: {
        items: [
          { indicatorCode: 'PRS-01', action: 'Terlambat', dueDate: dateIn(-3) },
          { indicatorCode: 'PRS-02', action: 'Segera', dueDate: dateIn(5) },
          { indicatorCode: 'PRS-03', action: 'Masih lama', dueDate: dateIn(60) },
          { indicatorCode: 'PRS-04', action: 'Selesai', dueDate: dateIn(-10) },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const done = created.json().items[3];
    await testApp.app.inject({
      method: 'PATCH',
      url: `/api/plans/16.06/2024/items/${done.id}`,
      headers: { cookie: liaison },
      payload: { version: done.version, status: 'done' },
    });
    // The verifier sent one unit back (a read-only source for notifications).
    await testApp.database.db
      .update(locusUnits)
      .set({ status: 'returned', statusChangedAt: new Date() })
      .where(eq(locusUnits.unitId, unitIds[0] ?? ''));
  });
  afterAll(() => testApp.close());

  it('tells the liaison and the coordinator of overdue and soon-due open items, never done or distant ones', async () => {
    for (const role of ['liaison', 'coordinator'] as const) {
      const list = await get(await signInAs(testApp.app, demoEmailByRole[role]));
      const plans = list.items.filter((item) => item.kind !== 'unit-returned');
      expect(plans.map((item) => [item.kind, item.title])).toEqual([
        ['item-overdue', 'PRS-01: Terlambat'],
        ['item-due-soon', 'PRS-02: Segera'],
      ]);
      expect(plans[0]?.daysLeft).toBe(-3);
      expect(plans[0]?.link).toBe('/rencana-aksi/16.06?tahun=2024');
    }
    expect((await get(await createOtherLiaison(testApp))).count).toBe(0);
  });

  it('tells the assigned assessor of a returned unit', async () => {
    const list = await get(await signInAs(testApp.app, demoEmailByRole.assessor));
    expect(list.count).toBe(1);
    expect(list.items[0]).toMatchObject({ kind: 'unit-returned', entityCode: '16.06', year: 2024 });
    expect(list.items[0]?.link).toMatch(/^\/siklus\/2024\/lokus\/16\.06\/unit\//);
    expect((await get(await signInAs(testApp.app, demoEmailByRole.verifier))).count).toBe(0);
  });
});
