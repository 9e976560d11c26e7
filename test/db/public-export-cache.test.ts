import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { importResults } from '../../src/server/use-cases/import-results';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

// Every build of an open-data file goes through these two functions: counting their calls counts renders.
const renders = vi.hoisted(() => ({ csv: 0, xlsx: 0 }));
vi.mock('../../src/server/results/export-public-results', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/server/results/export-public-results')>();
  return {
    toResultsCsv: (...args: Parameters<typeof original.toResultsCsv>) => {
      renders.csv += 1;
      return original.toResultsCsv(...args);
    },
    toResultsXlsx: (...args: Parameters<typeof original.toResultsXlsx>) => {
      renders.xlsx += 1;
      return original.toResultsXlsx(...args);
    },
  };
});

describe.each(testEngines())('open-data exports of a published snapshot on $name', (engine) => {
  const clock = createTestClock('2026-11-14T01:00:00.000Z');
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { clock: clock.now });
    await importSumateraSelatanHistory(testApp.database.db, commandLineAuditContext, clock.now());
  });
  afterAll(() => testApp.close());

  const get = (url: string) => testApp.app.inject({ method: 'GET', url });

  it('renders a CSV and an XLSX once, and answers the second request with the same bytes', async () => {
    const before = { ...renders };
    for (const format of ['csv', 'xlsx'] as const) {
      const first = await get(`/api/public/results/export?year=2024&format=${format}`);
      const second = await get(`/api/public/results/export?year=2024&format=${format}`);
      expect(first.statusCode).toBe(200);
      expect(second.statusCode).toBe(200);
      expect(second.rawPayload).toEqual(first.rawPayload);
      expect(second.headers['content-disposition']).toBe(`attachment; filename="patuh-hasil-2024.${format}"`);
    }
    expect(renders).toEqual({ csv: before.csv + 1, xlsx: before.xlsx + 1 });
    // Another query is another file, rendered once too.
    const province = await get('/api/public/results/export?year=2024&province=16&format=csv');
    await get('/api/public/results/export?year=2024&province=16&format=csv');
    expect(province.statusCode).toBe(200);
    expect(renders.csv).toBe(before.csv + 2);
  });

  it('renders anew when a newer snapshot becomes the published one', async () => {
    const latest = await get('/api/public/results/export?format=csv');
    expect(latest.headers['content-disposition']).toContain('patuh-hasil-2024.csv');
    const before = renders.csv;
    await importResults(
      testApp.database.db,
      undefined,
      {
        fileName: '2025.csv',
        content: Buffer.from(
          'year,entity_code,score,methodology\n2025,16.06,95.12,ombudsman-opini@2025\n2025,16.73,90.01,ombudsman-opini@2025\n',
        ),
      },
      commandLineAuditContext,
      clock.now(),
    );
    const newer = await get('/api/public/results/export?format=csv');
    expect(newer.statusCode).toBe(200);
    expect(newer.headers['content-disposition']).toContain('patuh-hasil-2025.csv');
    expect(newer.rawPayload).not.toEqual(latest.rawPayload);
    expect(renders.csv).toBe(before + 1);
  });
});
