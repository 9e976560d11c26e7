import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationList } from '../../src/contracts/notifications.contract';
import { locusUnits } from '../../src/server/db/schema/cycles';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { planMubaLocus } from '../helpers/cycle-factory';
import { createOtherLiaison } from '../helpers/plan-fixtures';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock, lateUtcInstant } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

// The app runs on an injected clock at 23:30 UTC, when Muba (WIB) is already on 5 December: due dates are
// written as Muba's calendar dates, so the test gives the same answer at any hour and in any time zone.
const clock = createTestClock(lateUtcInstant);

describe.each(testEngines())('notifications on $name', (engine) => {
  let testApp: TestApp;
  const get = async (cookie: string): Promise<NotificationList> =>
    (await testApp.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie } })).json();

  beforeAll(async () => {
    clock.set(lateUtcInstant);
    testApp = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    const { unitIds } = await planMubaLocus(testApp.app, admin, clock.now());
    const liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/plans/16.06/2024',
      headers: { cookie: liaison },
      payload: {
        items: [
          { indicatorCode: 'PRS-01', action: 'Terlambat', dueDate: '2026-12-02' },
          { indicatorCode: 'PRS-02', action: 'Segera', dueDate: '2026-12-10' },
          { indicatorCode: 'PRS-03', action: 'Masih lama', dueDate: '2027-02-03' },
          { indicatorCode: 'PRS-04', action: 'Selesai', dueDate: '2026-11-25' },
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
      .set({ status: 'returned', statusChangedAt: clock.now() })
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
      // Three days late in Muba (5 December WIB), though the UTC date is still 4 December.
      expect(plans.map((item) => item.daysLeft)).toEqual([-3, 5]);
      expect(plans[0]?.link).toBe('/rencana-aksi/16.06?tahun=2024');
    }
    expect((await get(await createOtherLiaison(testApp))).count).toBe(0);
  });

  it("counts the days to a due date from midnight in the entity's own time zone", async () => {
    const daysLeftAt = async (iso: string) => {
      clock.set(iso);
      const list = await get(await signInAs(testApp.app, demoEmailByRole.liaison));
      return list.items.map((item) => [item.title, item.daysLeft]);
    };
    try {
      // 23:59:59 WIB on 5 December, then midnight WIB: 6 December starts at 17:00 UTC.
      expect(await daysLeftAt('2026-12-05T16:59:59Z')).toEqual([
        ['PRS-01: Terlambat', -3],
        ['PRS-02: Segera', 5],
      ]);
      expect(await daysLeftAt('2026-12-05T17:00:00Z')).toEqual([
        ['PRS-01: Terlambat', -4],
        ['PRS-02: Segera', 4],
      ]);
      // Papua (WIT) turns the day two hours before Muba (WIB): at 15:30 UTC its item due on 5 December is
      // a day late while Muba is still on 5 December.
      const admin = await signInAs(testApp.app, demoEmailByRole.admin);
      const papua = await testApp.app.inject({
        method: 'POST',
        url: '/api/plans/91/2024',
        headers: { cookie: admin },
        payload: { items: [{ indicatorCode: 'PRS-05', action: 'Papua', dueDate: '2026-12-05' }] },
      });
      expect(papua.statusCode).toBe(201);
      clock.set('2026-12-05T15:30:00Z');
      const seen = (await get(await signInAs(testApp.app, demoEmailByRole.admin))).items;
      expect(
        seen.filter((item) => item.kind !== 'unit-returned').map((item) => [item.title, item.daysLeft]),
      ).toEqual([
        ['PRS-01: Terlambat', -3],
        ['PRS-05: Papua', -1],
        ['PRS-02: Segera', 5],
      ]);
    } finally {
      clock.set(lateUtcInstant);
    }
  });

  it('tells the assigned assessor of a returned unit', async () => {
    const list = await get(await signInAs(testApp.app, demoEmailByRole.assessor));
    expect(list.count).toBe(1);
    expect(list.items[0]).toMatchObject({ kind: 'unit-returned', entityCode: '16.06', year: 2024 });
    expect(list.items[0]?.link).toMatch(/^\/siklus\/2024\/lokus\/16\.06\/unit\//);
    expect((await get(await signInAs(testApp.app, demoEmailByRole.verifier))).count).toBe(0);
  });
});
