import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertPublishedSnapshot,
  listEntitiesWithProvince,
} from '../../src/server/db/repositories/results.repository';
import {
  loadMethodologyCatalog,
  type MethodologyCatalog,
} from '../../src/server/methodologies/load-methodology-catalog';
import { buildYearResults } from '../../src/server/results/build-year-results';
import { parseResultsFile } from '../../src/server/results/parse-results-file';
import { validateResultsRows } from '../../src/server/results/validate-results-rows';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

/** The catalogue as an installation had it before the corrected revisions: no r1, nothing superseded. */
async function catalogueBeforeCorrection(): Promise<MethodologyCatalog> {
  const catalog = await loadMethodologyCatalog();
  return {
    invalid: [],
    editions: catalog.editions
      .filter((entry) => !entry.methodology.revisionOf)
      .map((entry) => {
        const { supersededBy: _replacedLater, ...methodology } = entry.methodology;
        return { ...entry, methodology };
      }),
  };
}

const history = ['year,entity_code,score', '2023,16.06,91.72', '2023,16.12,55.01', '2023,16.73,34.00'];

/**
 * docs/decisions/005: an installation upgrades by importing its history again. The snapshot published under
 * the old cut-offs stays as it was; the re-import derives the categories from the corrected revision and
 * publishes a new snapshot that supersedes it and lists what changed.
 */
describe.each(testEngines())('re-deriving history on the corrected editions, on $name', (engine) => {
  const clock = createTestClock('2026-12-01T02:00:00.000Z');
  let testApp: TestApp;
  let admin = '';
  let oldSnapshotId = '';
  const get = (url: string, cookie?: string) =>
    testApp.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    // What the import did before the correction: 55.01 → D, 34.00 → E under C ≥ 57, D ≥ 37.
    const sheet = await parseResultsFile('sumsel-2023.csv', Buffer.from(`${history.join('\n')}\n`));
    if (!sheet.ok) throw new Error('unreadable fixture');
    const entities = new Map((await listEntitiesWithProvince(testApp.database.db)).map((e) => [e.code, e]));
    const { records, problems } = validateResultsRows(
      [...sheet.columns, 'methodology'],
      sheet.rows.map((row) => ({ ...row, cells: { ...row.cells, methodology: 'ombudsman-kepatuhan@2023' } })),
      entities,
      await catalogueBeforeCorrection(),
    );
    expect(problems).toEqual([]);
    const edition = records[0]?.edition;
    if (!edition) throw new Error('no edition');
    const { rows, rowsSha256 } = buildYearResults(records);
    const snapshot = await insertPublishedSnapshot(
      testApp.database.db,
      {
        year: 2023,
        source: 'historical-import',
        methodologyId: edition.methodology.id,
        methodologyVersion: edition.methodology.version,
        methodologySha256: edition.sha256,
        decreeNumber: null,
        decreeDate: null,
        embargoAt: new Date('2026-01-01T00:00:00.000Z'),
        supersedesId: null,
        rowsSha256,
        sourceFileName: 'sumsel-2023.csv',
        createdByUserId: null,
      },
      rows,
      clock.now(),
    );
    oldSnapshotId = snapshot.id;
  });
  afterAll(() => testApp.close());

  it('publishes a superseding snapshot on ombudsman-kepatuhan@2023r1 listing the categories that moved', async () => {
    const before = (await get('/api/public/results?year=2023')).json();
    expect(before.cycle?.methodologyRef ?? before.methodologyRef).toBe('ombudsman-kepatuhan@2023');
    expect(
      before.items.map((item: { entityCode: string; category: string }) => [item.entityCode, item.category]),
    ).toEqual(
      expect.arrayContaining([
        ['16.12', 'D'],
        ['16.73', 'E'],
      ]),
    );

    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/results/imports',
      headers: { cookie: admin },
      payload: {
        fileName: 'sumsel-2023.csv',
        contentBase64: Buffer.from(`${history.join('\n')}\n`).toString('base64'),
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const [year] = response.json().years;
    expect(year).toMatchObject({
      year: 2023,
      outcome: 'created',
      methodologyRef: 'ombudsman-kepatuhan@2023r1',
      supersedesId: oldSnapshotId,
    });
    expect(year.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entityCode: '16.12',
          change: 'changed',
          before: expect.objectContaining({ score: 55.01, category: 'D' }),
          after: expect.objectContaining({ score: 55.01, category: 'C' }),
        }),
        expect.objectContaining({
          entityCode: '16.73',
          before: expect.objectContaining({ category: 'E' }),
          after: expect.objectContaining({ category: 'D' }),
        }),
      ]),
    );
    expect(year.changes).toHaveLength(2);

    const after = (await get('/api/public/results?year=2023')).json();
    const pali = after.items.find((item: { entityCode: string }) => item.entityCode === '16.12');
    expect(pali).toMatchObject({ category: 'C', zone: 'kuning', opinionLabel: { id: 'Kualitas Sedang' } });

    // The old snapshot is kept, unchanged, and now superseded.
    const snapshots = (await get('/api/results/snapshots', admin))
      .json()
      .items.filter((snapshot: { year: number }) => snapshot.year === 2023);
    expect(snapshots).toHaveLength(2);
    const old = snapshots.find((snapshot: { id: string }) => snapshot.id === oldSnapshotId);
    expect(old).toMatchObject({ isCurrent: false, methodologyRef: 'ombudsman-kepatuhan@2023' });

    // A second re-import changes nothing.
    const again = await testApp.app.inject({
      method: 'POST',
      url: '/api/results/imports',
      headers: { cookie: admin },
      payload: {
        fileName: 'sumsel-2023.csv',
        contentBase64: Buffer.from(`${history.join('\n')}\n`).toString('base64'),
      },
    });
    expect(again.json().years[0].outcome).toBe('unchanged');
  });
});
