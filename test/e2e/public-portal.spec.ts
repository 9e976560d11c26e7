import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { readCsv as parseCsv } from '../../src/reports/csv/read-csv';
import { demoPassword, demoUsers, signIn } from './helpers/accounts';
import { startServer, stopServer } from './helpers/server-process';

const hijau = '#2e7d32';
const kuning = '#f9a825';
const merah = '#c62828';
const categoryA = '#1b5e20';
const noData = '#dee2e6';

const fillOf = (page: Page, code: string) => page.locator(`path[data-code="${code}"]`).getAttribute('fill');

test('a visitor lands on the results, reads the Sumatera Selatan leaderboard and the coloured map', async ({
  page,
}) => {
  await page.goto('/');
  // The newest published year is the demo's 2025, computed by Patuh from made-up field data.
  await expect(page.getByRole('heading', { name: 'Hasil penilaian 2025' })).toBeVisible();
  // The public landing page shows no operator details (database, migrations).
  await expect(page.getByTestId('database-kind')).toHaveCount(0);
  await page.getByRole('link', { name: 'Lihat hasil penilaian' }).click();
  await expect(page).toHaveURL(/\/hasil$/);
  await expect(page.getByRole('heading', { name: 'Hasil Penilaian Kepatuhan' })).toBeVisible();
  await expect(page.getByText('Berisi nilai demo')).toBeVisible();
  await expect(page.getByText('Data wilayah: idn-area-data (ODbL)')).toBeVisible();
  await expect(page.getByText('Batas wilayah: cahyadsn/wilayah_boundaries (MIT)').first()).toBeVisible();
  await page.goto('/hasil?tahun=2024');

  // Every kabupaten/kota of Indonesia is drawn; those with 2024 results take their zone's colour.
  await expect(page.getByTestId('map-regencies').locator('path')).toHaveCount(514);
  expect(await fillOf(page, '16.06')).toBe(hijau);
  expect(await fillOf(page, '16.73')).toBe(hijau);
  expect(await fillOf(page, '31.71')).toBe(noData);
  // The demo's other provinces (made-up values) are coloured too: Kota Denpasar, Kab. Gunungkidul.
  expect([hijau, kuning, merah]).toContain(await fillOf(page, '51.71'));
  expect([hijau, kuning, merah]).toContain(await fillOf(page, '34.03'));
  await page.getByRole('radiogroup', { name: 'Warna menurut' }).getByText('Kategori').click();
  await expect.poll(() => fillOf(page, '16.06')).toBe(categoryA);
  await page.getByRole('radiogroup', { name: 'Tingkat peta' }).getByText('Provinsi').click();
  await expect(page.getByTestId('map-provinces').locator('path')).toHaveCount(38);
  await page.getByRole('radiogroup', { name: 'Tingkat peta' }).getByText('Kabupaten/kota').click();
  await page.getByRole('radiogroup', { name: 'Warna menurut' }).getByText('Zona').click();

  await page.getByRole('combobox', { name: 'Provinsi' }).click();
  await page.getByRole('option', { name: 'Sumatera Selatan' }).click();
  await expect(
    page.getByRole('heading', { name: 'Peringkat kabupaten/kota di Sumatera Selatan' }),
  ).toBeVisible();
  const rows = page.getByTestId('rankings-table').locator('tbody tr');
  await expect(rows).toHaveCount(17);
  await expect(rows.nth(0)).toContainText('Kota Lubuk Linggau');
  await expect(rows.nth(0)).toContainText('95,70');
  await expect(rows.nth(1)).toContainText('Kab. Musi Banyuasin');
  await expect(rows.nth(1).getByLabel('naik 2 peringkat')).toBeVisible();
  // Zoomed to the province: its 17 kabupaten/kota only.
  await expect(page.getByTestId('map-regencies').locator('path')).toHaveCount(17);

  await page.getByRole('combobox', { name: 'Tahun' }).click();
  await page.getByRole('option', { name: '2022' }).click();
  await expect(rows.nth(0)).toContainText('Kota Palembang');
  await expect.poll(() => fillOf(page, '16.12')).toBe(kuning);
  await page.locator('path[data-code="16.06"]').hover();
  await expect(page.getByTestId('map-hover')).toContainText('Kab. Musi Banyuasin');
  await expect(page.getByTestId('map-hover')).toContainText('80,75');

  await page.locator('path[data-code="16.06"]').click();
  await expect(page).toHaveURL(/\/hasil\/entitas\/16\.06\/riwayat$/);
  await expect(page.getByTestId('rank-history')).toHaveText(
    'Riwayat peringkat di provinsi: ke-9 dari 17 (2022) → ke-4 dari 17 (2023) → ke-2 dari 17 (2024) → ke-1 dari 8 (2025)',
  );
  // 2025 on the Opini edition: ranked among the 8 kab/kota of the sample; every product followed up.
  await expect(page.getByTestId('entity-score')).toHaveText('93,28');
  await expect(page.getByText('Kualitas Tertinggi Tanpa Maladministrasi').first()).toBeVisible();
  await expect(page.getByTestId('entity-history').getByTestId('demo-value')).toHaveCount(2);
  await expect(page.getByTestId('trend-chart').locator('svg')).toBeVisible();
});

test('the open-data CSV of a table holds the same rows as the public API', async ({ page, request }) => {
  await page.goto('/hasil?tahun=2023&provinsi=16');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Unduh CSV' }).click();
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const [header, ...lines] = parseCsv((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')).filter(
    (line) => line.length > 1,
  );
  const api = await (await request.get('/api/public/results?year=2023&province=16')).json();
  expect(lines).toHaveLength(api.items.length);
  const codeColumn = header?.indexOf('entityCode') ?? -1;
  const scoreColumn = header?.indexOf('score') ?? -1;
  expect(lines.map((cells) => [cells[codeColumn], Number(cells[scoreColumn])])).toEqual(
    api.items.map((item: { entityCode: string; score: number }) => [item.entityCode, item.score]),
  );
});

test('the centre imports results: a bad file lists its problems, a good one appears in the portal', async ({
  page,
}) => {
  await signIn(page, demoUsers.admin, demoPassword);
  await expect(page.getByRole('button', { name: /^Menu akun/ })).toBeVisible();
  await page.getByRole('link', { name: 'Impor hasil' }).first().click();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'salah.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('year,entity_code,score\n2021,99.99,50\n2021,16.06,abc\n'),
  });
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(page.getByText('Berkas ditolak: 2 masalah', { exact: true })).toBeVisible();
  await expect(page.getByTestId('import-problems').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Unduh daftar masalah (CSV)' })).toBeVisible();

  await page.locator('input[type="file"]').setInputFiles({
    name: 'hasil-2021.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('year,entity_code,score\n2021,16.06,82.50\n2021,16.73,79.10\n'),
  });
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(page.getByTestId('import-outcome')).toContainText('2021');
  await page.goto('/hasil/entitas/16.06/riwayat');
  await expect(page.getByTestId('entity-history')).toContainText('2021');
});

test('results under embargo stay hidden until the server clock passes the embargo', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-e2e-embargo-'));
  const port = 3972;
  const base = `http://127.0.0.1:${port}`;
  const day = 24 * 3600;
  let server = await startServer(dataDir, port, 0);
  try {
    const api = await playwrightRequest.newContext({ baseURL: base });
    expect(
      (
        await api.post('/api/auth/sign-in', { data: { email: demoUsers.admin, password: demoPassword } })
      ).ok(),
    ).toBe(true);
    const embargoAt = new Date(Date.now() + day * 1000).toISOString();
    const content = Buffer.from(
      'year,entity_code,score,methodology\n2027,16.06,96.00,ombudsman-opini@2025\n',
    ).toString('base64');
    const imported = await api.post('/api/results/imports', {
      data: { fileName: '2027.csv', contentBase64: content, embargoAt, decreeNumber: 'SK 1/2027' },
    });
    expect(imported.status(), await imported.text()).toBe(200);
    const years = async () =>
      (await (await api.get('/api/public/cycles')).json()).items.map((c: { year: number }) => c.year);
    expect(await years()).toEqual([2025, 2024, 2023, 2022]);
    await page.goto(`${base}/hasil?tahun=2027`);
    await expect(page.getByText('Hasil tahun 2027 belum dipublikasikan.')).toBeVisible();
    await api.dispose();

    await stopServer(server);
    // The same data, with the publication clock two days ahead: the embargo has passed.
    server = await startServer(dataDir, port, 2 * day);
    const later = await playwrightRequest.newContext({ baseURL: base });
    expect((await (await later.get('/api/public/cycles')).json()).items[0]).toMatchObject({
      year: 2027,
      decreeNumber: 'SK 1/2027',
    });
    await later.dispose();
    await page.goto(`${base}/hasil?tahun=2027`);
    await expect(page.getByText('SK 1/2027')).toBeVisible();
    await expect(page.getByTestId('rankings-table')).toBeVisible();
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
