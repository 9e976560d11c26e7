import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { appendAuditEntry } from '../../src/server/db/repositories/audit-log.repository';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { publicMaxAgeSeconds } from '../../src/server/routes/public.routes';
import { importResults } from '../../src/server/use-cases/import-results';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const minute = 60_000;
const publicUrls = [
  '/api/public/cycles',
  '/api/public/results',
  '/api/public/results?year=2024&province=16',
  '/api/public/results/export?year=2024&format=csv',
  '/api/public/entities/16.06',
];

/**
 * Issue #15 finding 9: public answers used to carry a max-age counting down to the next (hidden) embargo, and
 * coordinators read `document.issue` audit entries of years still under embargo. Both told when a result comes
 * out, and which.
 */
describe.each(testEngines())('embargo secrecy of cache headers and audit entries on $name', (engine) => {
  const clock = createTestClock('2026-11-14T01:00:00.000Z');
  const embargoAt = new Date(clock.now().getTime() + 120 * minute);
  let testApp: TestApp;
  let embargoedSnapshotId = '';
  let publishedSnapshotId = '';

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    const { db } = testApp.database;
    const history = await importSumateraSelatanHistory(db, commandLineAuditContext, clock.now());
    publishedSnapshotId = history.years.find((year) => year.year === 2024)?.snapshotId ?? '';
    const content = Buffer.from(
      'year,entity_code,score,methodology\n2025,16.06,95.12,ombudsman-opini@2025\n2025,16.73,90.01,ombudsman-opini@2025\n',
    );
    const embargoed = await importResults(
      db,
      undefined,
      { fileName: '2025.csv', content, embargoAt },
      commandLineAuditContext,
      clock.now(),
    );
    embargoedSnapshotId = embargoed.years[0]?.snapshotId ?? '';
    // What issuing a piagam records (documents/generate-piagam.ts): one for the published year, one for the
    // year under embargo (an admin may print it ahead of the release).
    for (const [snapshotId, year, code] of [
      [publishedSnapshotId, 2024, 'PIAGAM-2024-MUBA'],
      [embargoedSnapshotId, 2025, 'PIAGAM-2025-MUBA'],
    ] as const) {
      await appendAuditEntry(db, {
        actorUserId: null,
        actorEmail: null,
        actorRole: 'admin',
        requestId: null,
        ip: null,
        action: 'document.issue',
        resourceType: 'issued-document',
        resourceId: code,
        provinceCode: '16',
        before: null,
        after: { kind: 'piagam', snapshotId, year, subjectId: '16.06' },
      });
    }
  });
  afterAll(() => testApp.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    testApp.app.inject({ method: 'GET', url, headers });

  it('sends the same constant max-age an hour, a minute and a second before a hidden embargo, and after it', async () => {
    const seen = new Map<string, Set<string>>();
    for (const beforeEmbargo of [119 * minute, 61 * minute, minute, 1000, -minute]) {
      clock.set(new Date(embargoAt.getTime() - beforeEmbargo).toISOString());
      for (const url of publicUrls) {
        const response = await get(url);
        expect(response.statusCode, url).toBe(200);
        const values = seen.get(url) ?? new Set<string>();
        values.add(String(response.headers['cache-control']));
        seen.set(url, values);
      }
    }
    for (const [url, values] of seen)
      expect([...values], url).toEqual([`public, max-age=${publicMaxAgeSeconds}`]);
    expect(publicMaxAgeSeconds).toBeLessThanOrEqual(60);
  });

  it('still shows a release within that max-age: after the embargo the ETag changes, so revalidation gets the new answer', async () => {
    clock.set(new Date(embargoAt.getTime() - minute).toISOString());
    const before = await get('/api/public/cycles');
    const etag = String(before.headers.etag);
    expect(before.json().items.map((cycle: { year: number }) => cycle.year)).not.toContain(2025);
    expect((await get('/api/public/cycles', { 'if-none-match': etag })).statusCode).toBe(304);
    clock.set(new Date(embargoAt.getTime() + 1000).toISOString());
    const after = await get('/api/public/cycles', { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().items.map((cycle: { year: number }) => cycle.year)).toContain(2025);
  });

  it('hides audit entries about an embargoed snapshot from coordinators (list and CSV) until the embargo; admins see them', async () => {
    clock.set(new Date(embargoAt.getTime() - minute).toISOString());
    const coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    const codesSeenBy = async (cookie: string) => {
      const response = await get('/api/audit?action=document.issue', { cookie });
      expect(response.statusCode).toBe(200);
      return response
        .json()
        .items.map((entry: { resourceId: string }) => entry.resourceId)
        .sort();
    };
    const snapshotEntriesSeenBy = async (cookie: string) => {
      const response = await get('/api/audit?resourceType=result-snapshot', { cookie });
      return response.json().items.map((entry: { resourceId: string }) => entry.resourceId);
    };
    expect(await codesSeenBy(coordinator)).toEqual(['PIAGAM-2024-MUBA']);
    const csv = await get('/api/audit/export.csv?action=document.issue', { cookie: coordinator });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('PIAGAM-2024-MUBA');
    expect(csv.body).not.toContain('PIAGAM-2025-MUBA');
    expect(csv.body).not.toContain(embargoedSnapshotId);
    expect(await codesSeenBy(admin)).toEqual(['PIAGAM-2024-MUBA', 'PIAGAM-2025-MUBA']);
    expect(await snapshotEntriesSeenBy(admin)).toContain(embargoedSnapshotId);

    clock.set(new Date(embargoAt.getTime() + 1000).toISOString());
    expect(await codesSeenBy(coordinator)).toEqual(['PIAGAM-2024-MUBA', 'PIAGAM-2025-MUBA']);
  });
});
