import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sumateraSelatanHistoryFile } from '../../src/server/demo/sumatera-selatan-history';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { sumatraSelatan2023 } from '../helpers/methodology-published-data';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

const csv = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`).toString('base64');

describe.each(testEngines())('historical results import on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  const importFile = (payload: object, cookie = admin) =>
    testApp.app.inject({ method: 'POST', url: '/api/results/imports', headers: { cookie }, payload });
  const get = (url: string, cookie?: string) =>
    testApp.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
  });
  afterAll(() => testApp.close());

  it('imports the Sumatera Selatan history: Muba reads 9th → 4th → 2nd, the 2023 leaderboard as published', async () => {
    const content = (await readFile(sumateraSelatanHistoryFile)).toString('base64');
    const response = await importFile({ fileName: 'sumsel.csv', contentBase64: content });
    expect(response.statusCode, response.body).toBe(200);
    expect(
      response
        .json()
        .years.map((y: { year: number; outcome: string; rows: number }) => [y.year, y.outcome, y.rows]),
    ).toEqual([
      [2022, 'created', 17],
      [2023, 'created', 17],
      [2024, 'created', 17],
    ]);
    expect(response.json().years.map((y: { flaggedRows: number }) => y.flaggedRows)).toEqual([0, 0, 0]);

    const muba = (await get('/api/public/entities/16.06')).json();
    expect(muba.history.map((h: { year: number; rankProvince: number }) => [h.year, h.rankProvince])).toEqual(
      [
        [2022, 9],
        [2023, 4],
        [2024, 2],
      ],
    );
    expect(muba.history[2]).toMatchObject({
      score: 93.31,
      category: 'A',
      zone: 'hijau',
      opinionLabel: { id: 'Kualitas Tertinggi' },
      rankProvinceOf: 17,
      previousRankProvince: 4,
      // Imported history follows the corrected revision of the 2024 edition (C from 54.00, D from 32.00).
      methodologyRef: 'ombudsman-kepatuhan@2024r1',
      isDemoValue: false,
    });
    expect(muba.history[0]).toMatchObject({ isDemoValue: true });

    const board = (await get('/api/public/results?year=2023&province=16')).json();
    const ranked = board.items
      .slice()
      .sort((a: { rankProvince: number }, b: { rankProvince: number }) => a.rankProvince - b.rankProvince);
    expect(
      ranked.map((r: { score: number; rankProvince: number; category: string }) => [
        r.score,
        r.rankProvince,
        r.category,
      ]),
    ).toEqual(sumatraSelatan2023.map(([, score, rank, category]) => [score, rank, category]));
    expect(board.items.every((r: { flags: string[] }) => r.flags.length === 0)).toBe(true);
    const lubuklinggau2024 = (await get('/api/public/results?year=2024&province=16'))
      .json()
      .items.find((r: { entityCode: string }) => r.entityCode === '16.73');
    expect(lubuklinggau2024).toMatchObject({ rankProvince: 1, previousRankProvince: 8, score: 95.7 });
  });

  it('creates nothing when the same file comes again, and a superseding snapshot with its differences otherwise', async () => {
    const content = (await readFile(sumateraSelatanHistoryFile)).toString('base64');
    const again = (await importFile({ fileName: 'sumsel.csv', contentBase64: content })).json();
    expect(again.years.map((y: { outcome: string }) => y.outcome)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);

    const corrected = (await readFile(sumateraSelatanHistoryFile, 'utf8')).replace(
      '2024,16.12,Kab. Penukal Abab Lematang Ilir,74.10',
      '2024,16.12,Kab. Penukal Abab Lematang Ilir,53.10',
    );
    const response = await importFile({
      fileName: 'koreksi.csv',
      contentBase64: Buffer.from(corrected).toString('base64'),
    });
    const years = response.json().years;
    expect(years.map((y: { outcome: string }) => y.outcome)).toEqual(['unchanged', 'unchanged', 'created']);
    expect(years[2].changes).toEqual([
      {
        entityCode: '16.12',
        entityName: 'Kab. Penukal Abab Lematang Ilir',
        change: 'changed',
        before: { score: 74.1, category: 'C', rankProvince: 17 },
        after: { score: 53.1, category: 'D', rankProvince: 17 },
      },
    ]);
    const snapshots = (await get('/api/results/snapshots', admin))
      .json()
      .items.filter((s: { year: number }) => s.year === 2024);
    expect(snapshots).toHaveLength(2);
    expect(snapshots[0]).toMatchObject({ isCurrent: true, supersedesId: snapshots[1].id, rows: 17 });
    expect(snapshots[1].isCurrent).toBe(false);
    const changes = (await get(`/api/results/snapshots/${snapshots[0].id}/changes`, admin)).json();
    expect(changes.changes).toHaveLength(1);
    const pali = (await get('/api/public/results?year=2024&province=16'))
      .json()
      .items.find((r: { entityCode: string }) => r.entityCode === '16.12');
    expect(pali).toMatchObject({ score: 53.1, zone: 'merah' });
  });

  it('keeps a published category or rank that disagrees with the computed one, flagged for review', async () => {
    const response = await importFile({
      fileName: 'ntb.csv',
      contentBase64: csv([
        'year;entity_code;score;category;zone;rank_province',
        '2023;52.01;58,99;B;;2',
        '2023;52.02;58.03;;;',
        '2023;52;70;;;',
      ]),
    });
    expect(response.statusCode, response.body).toBe(200);
    const rows = (await get('/api/public/results?year=2023&province=52')).json().items;
    const lombokBarat = rows.find((r: { entityCode: string }) => r.entityCode === '52.01');
    expect(lombokBarat).toMatchObject({ category: 'B', zone: 'hijau', rankProvince: 2 });
    expect(lombokBarat.flags).toEqual(['category-differs', 'zone-differs', 'rank-province-differs']);
    expect(rows.find((r: { entityCode: string }) => r.entityCode === '52.02')).toMatchObject({
      category: 'C',
      zone: 'kuning',
      flags: [],
    });
    expect(rows.find((r: { entityCode: string }) => r.entityCode === '52')).toMatchObject({
      kind: 'pemprov',
      rankProvince: null,
    });
  });

  it('rejects a file with every problem by row and column, and writes nothing', async () => {
    const before = (await get('/api/results/snapshots', admin)).json().items.length;
    const response = await importFile({
      fileName: 'salah.csv',
      contentBase64: csv([
        'year,entity_code,score,category,rank_province,methodology',
        '2023,99.99,101,,,',
        '2023,16.06,91.725,Z,0,',
        '2019,16.06,80,,,tidak-ada@1',
        '2030,16.07,80,,,',
        '2023,16.01,84.85,,,',
        '2023,16.01,84.85,,,',
      ]),
    });
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error.code).toBe('IMPORT_INVALID');
    expect(body.error.details.map((p: { row: number; column: string }) => `${p.row}:${p.column}`)).toEqual([
      '2:entity_code',
      '2:score',
      '3:score',
      '3:category',
      '3:rank_province',
      '4:methodology',
      '5:methodology',
      '7:entity_code',
    ]);
    expect(body.error.details[0]).toMatchObject({
      value: '99.99',
      message: { id: 'Kode entitas "99.99" tidak dikenal.', en: 'Unknown entity code "99.99".' },
    });
    expect((await get('/api/results/snapshots', admin)).json().items.length).toBe(before);
    const missing = await importFile({ fileName: 'x.csv', contentBase64: csv(['tahun,kode', '2023,16.06']) });
    expect(missing.json().error.details.map((p: { column: string }) => p.column)).toEqual([
      'year',
      'entity_code',
      'score',
    ]);
  });

  it('reads XLSX files too and lets only the centre import', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('hasil');
    sheet.addRow(['year', 'entity_code', 'score', 'methodology']);
    sheet.addRow([2021, '16.06', 82.5, 'ombudsman-survei-kepatuhan@2021']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    expect((await importFile({ fileName: 'h.xlsx', contentBase64: content }, coordinator)).statusCode).toBe(
      403,
    );
    const response = await importFile({
      fileName: 'h.xlsx',
      contentBase64: content,
      decreeNumber: 'SK 1/2021',
    });
    expect(response.statusCode, response.body).toBe(200);
    const muba = (await get('/api/public/entities/16.06')).json();
    expect(muba.history[0]).toMatchObject({
      year: 2021,
      category: 'hijau',
      zone: 'hijau',
      opinionLabel: { id: 'Kepatuhan Tinggi' },
    });
    const audit = (await get('/api/audit?action=results.import', admin)).json();
    expect(audit.items[0]).toMatchObject({
      resourceType: 'result-snapshot',
      after: expect.objectContaining({ year: 2021 }),
    });
  });

  it('refuses in the database any change to a published snapshot or its rows; a draft may change', async () => {
    const { db } = testApp.database;
    const attempts = [
      sql`update result_snapshots set decree_number = 'x' where status = 'published'`,
      sql`delete from result_snapshots where status = 'published'`,
      sql`update entity_results set score = 100`,
      sql`delete from entity_results`,
      sql`insert into entity_results (snapshot_id, entity_id, entity_code, entity_name, kind, score, category, opinion_label_id, opinion_label_en, zone, category_colour, zone_colour, rank_national, rank_national_of, computed_category, computed_zone, computed_rank_national)
          select s.id, e.id, 'X', 'X', 'pemkab', 1, 'E', 'x', 'x', 'merah', '#000', '#000', 1, 1, 'E', 'merah', 1
          from result_snapshots s, entities e where s.status = 'published' limit 1`,
      sql`truncate entity_results cascade`,
    ];
    const countRows = async () =>
      (
        (await db.execute(sql`select count(*)::int as n from entity_results`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]?.n;
    const rowsBefore = await countRows();
    for (const attempt of attempts) expect(await refusal(db.execute(attempt))).toMatch(/published|truncated/);
    expect(await countRows()).toBe(rowsBefore);
    const draft = (await db.execute(
      sql`insert into result_snapshots (year, source, methodology_id, methodology_version, methodology_sha256, embargo_at, rows_sha256) values (2020, 'computed', 'm', '1', 'h', now(), 'r') returning id`,
    )) as unknown as { rows: { id: string }[] };
    const draftId = draft.rows[0]?.id ?? '';
    await db.execute(sql`update result_snapshots set decree_number = 'SK 9' where id = ${draftId}`);
    await db.execute(
      sql`update result_snapshots set status = 'published', published_at = now() where id = ${draftId}`,
    );
    expect(
      await refusal(
        db.execute(sql`update result_snapshots set decree_number = 'SK 10' where id = ${draftId}`),
      ),
    ).toMatch(/is published/);
    expect(await refusal(db.execute(sql`delete from result_snapshots where id = ${draftId}`))).toMatch(
      /is published/,
    );
  });
});

/** The database's own message for a refused statement (drivers wrap it in a "Failed query" error). */
async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
    return 'allowed';
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    return cause instanceof Error ? cause.message : String(cause);
  }
}
