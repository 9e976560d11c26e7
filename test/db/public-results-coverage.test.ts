import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicResult } from '../../src/contracts/public-results.contract';
import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import { importResults } from '../../src/server/use-cases/import-results';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import { testEngines } from '../helpers/test-database';

const hour = 3600_000;

/**
 * Issue #16: a cycle may assess a sample of entities (310 of ~586 in 2025). Ranks run within the kind among
 * the assessed, and the public answer says "N of M assessed" per kind, M from the directory.
 */
describe.each(testEngines())('a sampled year on the public results, on $name', (engine) => {
  let database: DatabaseConnection;
  let app: PatuhApp;
  const importedAt = new Date('2026-02-01T03:00:00.000Z');

  beforeAll(async () => {
    database = await engine.open();
    await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    // Three of Sumatera Selatan's 13 kabupaten, one of its 4 kota, the province, and one kabupaten in Jabar.
    const content = Buffer.from(
      [
        'year,entity_code,score,methodology',
        '2025,16.06,91.00,ombudsman-opini@2025',
        '2025,16.01,80.00,ombudsman-opini@2025',
        '2025,16.02,60.00,ombudsman-opini@2025',
        '2025,16.73,85.00,ombudsman-opini@2025',
        '2025,16,70.00,ombudsman-opini@2025',
        '2025,32.01,95.00,ombudsman-opini@2025',
        '',
      ].join('\n'),
    );
    await importResults(
      database.db,
      undefined,
      { fileName: '2025.csv', content, embargoAt: new Date(importedAt.getTime() + hour) },
      commandLineAuditContext,
      importedAt,
    );
    // The app's clock stands after the embargo (offset from the real clock to the fixed instant).
    const offset = importedAt.getTime() + 2 * hour - Date.now();
    app = await buildApp({
      config: { ...loadConfig({ LOG_LEVEL: 'silent' }), testClockOffsetMs: offset },
      database,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database.close();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('ranks within the kind among the assessed only', async () => {
    const { items } = await get('/api/public/results?year=2025');
    const byCode = new Map<string, PublicResult>(items.map((item: PublicResult) => [item.entityCode, item]));
    expect(byCode.get('32.01')).toMatchObject({ rankNational: 1, rankNationalOf: 4 });
    expect(byCode.get('16.06')).toMatchObject({ rankNational: 2, rankNationalOf: 4, rankProvince: 1 });
    expect(byCode.get('16.73')).toMatchObject({ rankNational: 1, rankNationalOf: 1, rankProvince: 2 });
    expect(byCode.get('16.02')).toMatchObject({ rankNational: 4, rankProvince: 4, rankProvinceOf: 4 });
    expect(byCode.get('16')).toMatchObject({ rankNational: 1, rankNationalOf: 1, rankProvince: null });
  });

  it('says N of M assessed per kind, nationally and within a province, whatever the kind filter', async () => {
    const national = await get('/api/public/results?year=2025&kind=pemkot');
    expect(national.items).toHaveLength(1);
    expect(national.coverage).toEqual([
      { kind: 'pemprov', assessed: 1, inDirectory: 38 },
      { kind: 'pemkab', assessed: 4, inDirectory: 416 },
      { kind: 'pemkot', assessed: 1, inDirectory: 98 },
    ]);
    const sumsel = await get('/api/public/results?year=2025&province=16');
    expect(sumsel.coverage).toEqual([
      { kind: 'pemprov', assessed: 1, inDirectory: 1 },
      { kind: 'pemkab', assessed: 3, inDirectory: 13 },
      { kind: 'pemkot', assessed: 1, inDirectory: 4 },
    ]);
  });

  it('gives the entity page the directory count of its kind', async () => {
    const muba = await get('/api/public/entities/16.06');
    expect(muba.kindInDirectory).toBe(416);
    expect(muba.history.at(-1)).toMatchObject({ year: 2025, rankNationalOf: 4 });
  });
});
