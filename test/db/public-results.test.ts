import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicResult } from '../../src/contracts/public-results.contract';
import { openDataColumns, toOpenDataRecord } from '../../src/contracts/public-results-open-data';
import { readCsv as parseCsv } from '../../src/reports/csv/read-csv';
import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { importResults } from '../../src/server/use-cases/import-results';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import { testEngines } from '../helpers/test-database';

const hour = 3600_000;

describe.each(testEngines())('public results on $name', (engine) => {
  let database: DatabaseConnection;
  const apps: PatuhApp[] = [];
  const realNow = new Date();
  const embargoAt = new Date(realNow.getTime() + 2 * hour);

  /** The real app whose publication clock runs `offsetMs` ahead of the real one. */
  async function appAt(offsetMs: number): Promise<PatuhApp> {
    const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), testClockOffsetMs: offsetMs };
    const app = await buildApp({ config, database });
    await app.ready();
    apps.push(app);
    return app;
  }
  const get = async (app: PatuhApp, url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    database = await engine.open();
    await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    await importSumateraSelatanHistory(database.db, commandLineAuditContext, realNow);
    // 2025 is announced in two hours: imported now, under embargo until then.
    const content = Buffer.from(
      'year,entity_code,score,methodology\n2025,16.06,95.12,ombudsman-opini@2025\n2025,16.73,90.01,ombudsman-opini@2025\n',
    );
    await importResults(
      database.db,
      undefined,
      { fileName: '2025.csv', content, embargoAt },
      commandLineAuditContext,
      realNow,
    );
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database.close();
  });

  it('answers as if a year under embargo did not exist, until the clock passes the embargo', async () => {
    const before = await appAt(embargoAt.getTime() - realNow.getTime() - 60_000);
    const cycles = await get(before, '/api/public/cycles');
    expect(cycles.json().items.map((c: { year: number }) => c.year)).toEqual([2024, 2023, 2022]);
    // The answer may be cached only until the embargo could change it (about a minute from this clock).
    const maxAge = Number(/max-age=(\d+)/.exec(String(cycles.headers['cache-control']))?.[1]);
    expect(maxAge).toBeLessThanOrEqual(60);
    expect((await get(before, '/api/public/results?year=2025')).statusCode).toBe(404);
    expect((await get(before, '/api/public/results')).json().cycle.year).toBe(2024);
    expect((await get(before, '/api/public/results/export?year=2025&format=csv')).statusCode).toBe(404);
    const mubaBefore = (await get(before, '/api/public/entities/16.06')).json();
    expect(mubaBefore.history.map((h: { year: number }) => h.year)).toEqual([2022, 2023, 2024]);

    const after = await appAt(embargoAt.getTime() - realNow.getTime() + 1000);
    expect(
      (await get(after, '/api/public/cycles')).json().items.map((c: { year: number }) => c.year),
    ).toEqual([2025, 2024, 2023, 2022]);
    const results = (await get(after, '/api/public/results?year=2025')).json();
    expect(results.cycle).toMatchObject({ year: 2025, methodologyRef: 'ombudsman-opini@2025' });
    expect(results.items.find((r: PublicResult) => r.entityCode === '16.06')).toMatchObject({
      score: 95.12,
      rankProvince: 1,
      // 1st of the 2 ranked in 2025 is no movement from 2nd of 17 in 2024: the reason is said instead.
      previousRankProvince: null,
      rankProvinceNotComparable: {
        id: expect.stringContaining('di antara 17 entitas, tahun ini di antara 2'),
      },
    });
    const mubaAfter = (await get(after, '/api/public/entities/16.06')).json();
    expect(mubaAfter.history.map((h: { year: number }) => h.year)).toEqual([2022, 2023, 2024, 2025]);
  });

  it('serves from cache with an ETag, answers 304 to a matching If-None-Match, and filters by kind and province', async () => {
    const app = await appAt(0);
    const first = await get(app, '/api/public/results?year=2023&kind=pemkot');
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/application\/json/);
    expect(first.json().items.map((r: PublicResult) => r.entityCode)).toEqual([
      '16.71',
      '16.73',
      '16.74',
      '16.72',
    ]);
    const etag = String(first.headers.etag);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    const again = await get(app, '/api/public/results?year=2023&kind=pemkot', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    const province = (await get(app, '/api/public/results?year=2023&province=16')).json();
    expect(province.items).toHaveLength(17);
    expect((await get(app, '/api/public/results?year=2023&province=31')).json().items).toEqual([]);
    expect((await get(app, '/api/public/entities/99.99')).statusCode).toBe(404);
  });

  const readableHeaders = [
    'Kode entitas',
    'Nama entitas',
    'Jenis pemerintah',
    'Provinsi',
    'Nilai',
    'Kategori',
    'Opini',
    'Zona',
    'Peringkat nasional',
    'Dari (nasional)',
    'Peringkat provinsi',
    'Dari (provinsi)',
    'Peringkat nasional tahun lalu',
    'Peringkat provinsi tahun lalu',
    'Catatan hasil',
    'Keterangan',
  ];

  it('offers every published table as CSV and JSON with the stable keys, and as an XLSX for people with Indonesian headers and labels', async () => {
    const app = await appAt(0);
    for (const query of ['year=2023', 'year=2024&province=16', 'year=2022&kind=pemkab']) {
      const api = (await get(app, `/api/public/results?${query}`)).json();
      expect(api.items.length).toBeGreaterThan(0);
      const expected = api.items.map((item: PublicResult) => toOpenDataRecord(item));

      const csvResponse = await get(app, `/api/public/results/export?${query}&format=csv`);
      expect(csvResponse.headers['content-disposition']).toMatch(/attachment; filename="patuh-hasil-20\d\d/);
      const [header, ...lines] = parseCsv(csvResponse.body.replace(/^\uFEFF/, '')).filter(
        (l) => l.length > 1,
      );
      expect(header).toEqual([...openDataColumns]);
      expect(lines.map((cells) => fromText(cells))).toEqual(expected);

      const xlsx = await app.inject({
        method: 'GET',
        url: `/api/public/results/export?${query}&format=xlsx`,
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const rows: (string | number | null)[][] = [];
      sheet?.eachRow((row) => {
        rows.push(
          Array.from(
            { length: row.cellCount },
            (_, i) => (row.getCell(i + 1).value ?? null) as string | number | null,
          ),
        );
      });
      // For people: Indonesian headers, readable labels; the same rows in the same order as the API.
      expect(rows[0]).toEqual(readableHeaders);
      expect(rows).toHaveLength(api.items.length + 1);
      const column = (header: string) => readableHeaders.indexOf(header);
      api.items.forEach((item: PublicResult, index: number) => {
        const cells = rows[index + 1] ?? [];
        expect(cells[column('Kode entitas')]).toBe(item.entityCode);
        expect(cells[column('Nilai')]).toBe(item.score);
        expect(cells[column('Opini')]).toBe(item.opinionLabel.id);
        expect(cells[column('Jenis pemerintah')]).toBe(
          { pemkab: 'Kabupaten', pemkot: 'Kota', pemprov: 'Pemerintah Provinsi' }[item.kind as string],
        );
        expect(cells[column('Zona')]).toBe(
          { hijau: 'Zona Hijau', kuning: 'Zona Kuning', merah: 'Zona Merah' }[item.zone],
        );
      });
      const dictionary: string[] = [];
      workbook.getWorksheet('Kamus data')?.eachRow((row) => {
        dictionary.push(String(row.getCell(1).value));
      });
      expect(dictionary).toEqual(['Kolom CSV/JSON', ...openDataColumns]);

      const json = await get(app, `/api/public/results/export?${query}&format=json`);
      expect(JSON.parse(json.body)).toEqual(api);
    }
  });

  it('keeps the demo values marked as such', async () => {
    const app = await appAt(0);
    const cycles = (await get(app, '/api/public/cycles')).json().items;
    expect(cycles.map((c: { hasDemoValues: boolean }) => c.hasDemoValues)).toEqual([true, false, true]);
    const y2022 = (await get(app, '/api/public/results?year=2022')).json().items;
    const palembang = y2022.find((r: PublicResult) => r.entityCode === '16.71');
    expect(palembang).toMatchObject({ score: 91.23, isDemoValue: false, rankProvince: 1 });
    expect(y2022.find((r: PublicResult) => r.entityCode === '16.06')).toMatchObject({
      isDemoValue: true,
      rankProvince: 9,
    });
    expect(
      await readFile(new URL('../../src/server/demo/sumatera-selatan-history.csv', import.meta.url), 'utf8'),
    ).toContain('is_demo_value');
  });
});

/** A CSV row back into typed values, by the same rules the file was written with. */
function fromText(cells: string[]): Record<string, string | number | boolean | null> {
  const numeric = new Set([
    'score',
    'rankNational',
    'rankNationalOf',
    'rankProvince',
    'rankProvinceOf',
    'previousRankNational',
    'previousRankProvince',
  ]);
  return Object.fromEntries(
    openDataColumns.map((column, i) => {
      const text = cells[i] ?? '';
      if (column === 'isDemoValue') return [column, text === 'true'];
      if (column === 'flags') return [column, text];
      if (text === '') return [column, null];
      return [column, numeric.has(column) ? Number(text) : text];
    }),
  );
}

describe('the test-only publication clock setting', () => {
  it('is off by default, takes whole seconds, and is refused with a PostgreSQL database', () => {
    expect(loadConfig({}).testClockOffsetMs).toBe(0);
    expect(loadConfig({ PATUH_TEST_CLOCK_OFFSET_SECONDS: '172800' }).testClockOffsetMs).toBe(172_800_000);
    expect(() => loadConfig({ PATUH_TEST_CLOCK_OFFSET_SECONDS: '1.5' })).toThrow(
      /PATUH_TEST_CLOCK_OFFSET_SECONDS/,
    );
    expect(() =>
      loadConfig({ PATUH_TEST_CLOCK_OFFSET_SECONDS: '60', DATABASE_URL: 'postgres://u:p@db/patuh' }),
    ).toThrow(/not allowed with DATABASE_URL/);
  });
});
