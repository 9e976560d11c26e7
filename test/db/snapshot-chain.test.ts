import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  insertPublishedSnapshot,
  isSnapshotChainConflict,
  listAllSnapshots,
  type NewSnapshot,
} from '../../src/server/db/repositories/results.repository';
import { sumateraSelatanHistoryFile } from '../../src/server/demo/sumatera-selatan-history';
import { rethrowSnapshotChainConflict } from '../../src/server/results/rethrow-snapshot-chain-conflict';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { finaliseAllOverride } from '../helpers/finalise-request';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { chainOf, chainShape, prepareMubaFinalise } from '../helpers/snapshot-chain';
import { testEngines } from '../helpers/test-database';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const fixedNow = new Date('2026-12-04T23:30:00Z');

/** A bare snapshot of `year` (no rows), to probe what the database allows. */
const bareSnapshot = (year: number, supersedesId: string | null): NewSnapshot => ({
  year,
  source: 'historical-import',
  methodologyId: 'ombudsman-kepatuhan',
  methodologyVersion: '2024',
  methodologySha256: '0'.repeat(64),
  embargoAt: fixedNow,
  supersedesId,
  rowsSha256: '1'.repeat(64),
});

async function refusal(attempt: Promise<unknown>): Promise<unknown> {
  try {
    await attempt;
  } catch (error) {
    return error;
  }
  throw new Error('the database accepted a fork of the snapshot chain');
}

// Concurrency here is one app with several requests in flight: on PostgreSQL they run on separate pooled
// connections (truly at once); PGlite has one connection, so it proves the outcome, not the race.
describe.each(testEngines())('one snapshot chain per year on $name', (engine) => {
  let testApp: TestApp;
  let admin = '';
  const post = (url: string, payload?: object) =>
    testApp.app.inject({ method: 'POST', url, headers: { cookie: admin }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    await prepareMubaFinalise(testApp.app, admin);
  });
  afterAll(() => testApp.close());

  it('refuses, in the database itself, a second first snapshot of a year and a second successor', async () => {
    const { db } = testApp.database;
    const first = await insertPublishedSnapshot(db, bareSnapshot(2031, null), [], fixedNow);
    expect(
      isSnapshotChainConflict(
        await refusal(insertPublishedSnapshot(db, bareSnapshot(2031, null), [], fixedNow)),
      ),
    ).toBe(true);
    const second = await insertPublishedSnapshot(db, bareSnapshot(2031, first.id), [], fixedNow);
    expect(
      isSnapshotChainConflict(
        await refusal(insertPublishedSnapshot(db, bareSnapshot(2031, first.id), [], fixedNow)),
      ),
    ).toBe(true);
    await insertPublishedSnapshot(db, bareSnapshot(2031, second.id), [], fixedNow);
    expect(chainShape(await listAllSnapshots(db), 2031)).toEqual(chainOf(3));
    // Another year has its own first snapshot.
    await insertPublishedSnapshot(db, bareSnapshot(2032, null), [], fixedNow);
    // What a use-case answers if a path ever got here: a clean 409, anything else passed on untouched.
    const forked = await refusal(insertPublishedSnapshot(db, bareSnapshot(2032, null), [], fixedNow));
    expect(() => rethrowSnapshotChainConflict(forked)).toThrow(
      expect.objectContaining({ name: 'DomainError', code: 'CONFLICT' }),
    );
    const unrelated = new Error('unrelated');
    expect(isSnapshotChainConflict(unrelated)).toBe(false);
    expect(() => rethrowSnapshotChainConflict(unrelated)).toThrow(unrelated);
  });

  it('imports the same file sent three times at once into one snapshot per year', async () => {
    const contentBase64 = (await readFile(sumateraSelatanHistoryFile)).toString('base64');
    const responses = await Promise.all(
      [1, 2, 3].map(() => post('/api/results/imports', { fileName: 'sumsel.csv', contentBase64 })),
    );
    for (const response of responses) expect(response.statusCode, response.body).toBe(200);
    for (const year of [2022, 2023, 2024]) {
      const outcomes = responses.map(
        (response) => response.json().years.find((entry: { year: number }) => entry.year === year)?.outcome,
      );
      expect(outcomes.sort()).toEqual(['created', 'unchanged', 'unchanged']);
      expect(chainShape(await listAllSnapshots(testApp.database.db), year)).toEqual(chainOf(1));
    }
  });

  it('finalises three times at once into three links of one chain, never a fork', async () => {
    const responses = await Promise.all(
      [1, 2, 3].map(() => post('/api/cycles/2024/finalise', finaliseAllOverride)),
    );
    for (const response of responses) expect(response.statusCode, response.body).toBe(200);
    const snapshots = await listAllSnapshots(testApp.database.db);
    // The 2024 import above is the first link; each finalise supersedes the one before it.
    expect(chainShape(snapshots, 2024)).toEqual(chainOf(4));
    const imported = snapshots.find((snapshot) => snapshot.year === 2024 && snapshot.supersedesId === null);
    const supersededIds = responses.map((response) => response.json().supersedesId).sort();
    const expected = [imported?.id, ...responses.map((response) => response.json().snapshotId)];
    // Every finalise superseded a different snapshot: the import or another finalise's.
    expect(new Set(supersededIds).size).toBe(3);
    expect(supersededIds.every((id) => expected.includes(id))).toBe(true);
  });
});
