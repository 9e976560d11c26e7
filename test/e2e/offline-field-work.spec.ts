import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { demoUsers, signInAs, signOut } from './helpers/accounts';
import { openDataCollection } from './helpers/data-collection';
import {
  answerEveryIndicator,
  prepareFieldWork,
  recordMissingOfficials,
  waitForServiceWorker,
} from './helpers/offline-field-work';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2043;

test.use({ serviceWorkers: 'allow', viewport: { width: 390, height: 844 } });

/** A small PNG of one colour: two photos, two different files. */
function photo(red: number): Buffer {
  const png = new PNG({ width: 48, height: 32 });
  for (let index = 0; index < png.data.length; index += 4) {
    png.data[index] = red;
    png.data[index + 1] = 120;
    png.data[index + 2] = 60;
    png.data[index + 3] = 255;
  }
  return PNG.sync.write(png);
}

test('a whole unit captured without signal survives closing the page and reaches the server exactly once', async ({
  page,
  context,
}) => {
  test.setTimeout(420_000);
  await signInAs(page, demoUsers.admin);
  const unitId = await openDataCollection(page, year);
  await signOut(page);
  await signInAs(page, demoUsers.assessor);
  await prepareFieldWork(page);
  const unitUrl = `/siklus/${year}/lokus/16.06/unit/${unitId}`;
  const apiBase = `/api/cycles/${year}/loci/16.06/units/${unitId}`;

  // No signal: the app opens from the service worker with the prepared data.
  await context.setOffline(true);
  await page.goto(unitUrl);
  await expect(
    page.getByRole('heading', { name: 'Dinas Sosial · Kab. Musi Banyuasin', level: 1 }),
  ).toBeVisible();

  // The provisional score is computed on the phone (the pure scoring core, the prepared edition and rows).
  const score = page.getByTestId('provisional-score-value');
  const computedHere = page.getByTestId('provisional-score-on-device');
  await expect(computedHere).toBeVisible();
  const scoreBefore = await score.textContent();
  const officials = await recordMissingOfficials(page);
  expect(officials).toHaveLength(4);
  await expect(page.getByText('Semua peran terisi')).toBeVisible();
  const answered = await answerEveryIndicator(page);
  expect(answered).toBeGreaterThan(10);
  await expect(score).not.toHaveText(scoreBefore ?? '');

  const pickers = page.getByLabel(/^Pilih berkas \(foto atau PDF\) /);
  await pickers
    .nth(0)
    .setInputFiles({ name: 'papan-informasi.png', mimeType: 'image/png', buffer: photo(10) });
  await pickers.nth(1).setInputFiles({ name: 'ruang-tunggu.png', mimeType: 'image/png', buffer: photo(200) });
  await expect(page.getByText(/^Menunggu unggah: papan-informasi\.png/)).toBeVisible();
  await expect(page.getByText(/^Menunggu unggah: ruang-tunggu\.png/)).toBeVisible();

  const complaints = page.getByRole('region', { name: 'Sampel pengaduan' });
  await complaints.getByRole('button', { name: 'Tambah pengaduan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah pengaduan' });
  await dialog.getByLabel('Nomor register').fill('LAPOR-2043-0001');
  await dialog.getByLabel('Diterima').fill('2026-03-04T09:00');
  await dialog.getByLabel('Tanggapan pertama').fill('2026-03-04T15:00');
  await dialog.getByLabel('Selesai', { exact: true }).fill('2026-03-08T09:00');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(complaints.getByText('LAPOR-2043-0001')).toBeVisible();
  const waiting = page.getByRole('status', { name: /^Status sinkronisasi: \d+ perubahan menunggu$/ });
  await expect(waiting).toBeVisible();

  // The tab is closed and opened again, still without signal: everything is still there.
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto(unitUrl);
  await expect(
    reopened.getByRole('heading', { name: 'Dinas Sosial · Kab. Musi Banyuasin', level: 1 }),
  ).toBeVisible();
  for (const name of officials) await expect(reopened.getByText(name, { exact: true })).toBeVisible();
  await expect(reopened.getByText('Semua peran terisi')).toBeVisible();
  const counts = reopened.getByText(/^\d+\/\d+ terjawab$/);
  const countTexts = await counts.allTextContents();
  expect(countTexts.length).toBeGreaterThan(0);
  for (const text of countTexts) expect(text).toMatch(/^(\d+)\/\1 terjawab$/);
  await expect(reopened.getByText(/^Menunggu unggah: /)).toHaveCount(2);
  await expect(reopened.getByText('LAPOR-2043-0001')).toBeVisible();
  await expect(
    reopened.getByRole('status', { name: /^Status sinkronisasi: \d+ perubahan menunggu$/ }),
  ).toBeVisible();

  await expect(reopened.getByTestId('provisional-score-on-device')).toBeVisible();
  const scoreOffline = await reopened.getByTestId('provisional-score-value').textContent();

  // Signal again: the outbox goes out by itself, in order, each change once.
  await context.setOffline(false);
  await expect(reopened.getByRole('status', { name: 'Status sinkronisasi: Semua tersimpan' })).toBeVisible({
    timeout: 30_000,
  });
  // Once the page reads the server again, the server's own figure is the one the phone computed offline.
  await expect(reopened.getByTestId('provisional-score-on-device')).toHaveCount(0, { timeout: 30_000 });
  await expect(reopened.getByTestId('provisional-score-value')).toHaveText(scoreOffline ?? '');
  // Nothing refused or in conflict (a refusal would show here with the server's message).
  await expect(reopened.getByText(/perlu keputusan Anda$/)).toHaveCount(0);
  await expect(reopened.getByText(/^Ditolak: /)).toHaveCount(0);
  const collection = await (await reopened.request.get(`${apiBase}/collection`)).json();
  expect(collection.respondents.map((respondent: { name: string }) => respondent.name).sort()).toEqual(
    [...officials].sort(),
  );
  expect(collection.answers.filter((answer: { level: number | null }) => answer.level !== null)).toHaveLength(
    answered,
  );
  const evidence = collection.answers.flatMap(
    (answer: { evidence: { fileName: string }[] }) => answer.evidence,
  );
  expect(evidence.map((item: { fileName: string }) => item.fileName).sort()).toEqual([
    'papan-informasi.png',
    'ruang-tunggu.png',
  ]);
  const records = await (await reopened.request.get(`${apiBase}/complaints`)).json();
  expect(records.items.map((item: { reference: string }) => item.reference)).toEqual(['LAPOR-2043-0001']);
  await waitForServiceWorker(reopened);
});
