import { expect, test } from '@playwright/test';
import { demoUsers, signInAs, signOut } from './helpers/accounts';
import { api, openDataCollection } from './helpers/data-collection';

// A year of its own, so this journey does not meet the planning journey's 2024 cycle in a shared run.
const year = 2029;

test('an assessor records an official, autosaves answers, keeps typed text over a reload and merges a conflict', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, demoUsers.admin);
  const unitId = await openDataCollection(page, year);
  await signOut(page);

  await signInAs(page, demoUsers.assessor);
  await page.goto(`/siklus/${year}/lokus/16.06`);
  await page.getByRole('link', { name: 'Isi data lapangan: Dinas Sosial' }).click();
  await expect(page).toHaveURL(new RegExp(`/unit/${unitId}$`));
  await expect(
    page.getByRole('heading', { name: 'Dinas Sosial · Kab. Musi Banyuasin', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nilai sementara' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Belum ada: Kepala unit/dinas' })).toBeVisible();

  // The head of agency, from the "missing" badge.
  await page.getByRole('button', { name: 'Belum ada: Kepala unit/dinas' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah responden' });
  await dialog.getByLabel('Nama').fill('Drs. Hendra Wijaya');
  await dialog.getByLabel('Jabatan').fill('Kepala Dinas Sosial');
  await dialog.getByRole('button', { name: 'Simpan responden' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Belum ada: Kepala unit/dinas' })).toHaveCount(0);

  // Their interview: choose a level, watch it save.
  await page.getByRole('button', { name: /Wawancara: Drs\. Hendra Wijaya/ }).click();
  const question = page.getByRole('region', { name: 'INP-K01' }).first();
  await question.getByRole('radio', { name: /^3 — / }).check();
  await expect(question.getByRole('status', { name: 'INP-K01: Tersimpan' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Status simpan halaman: Tersimpan' })).toBeVisible();

  // The connection drops: typed text waits in the outbox (IndexedDB) and survives a reload.
  await page.route('**/answers', (route) => route.abort());
  const note = question.getByLabel('Catatan INP-K01');
  await note.fill('SOP ada di ruang tunggu');
  await expect(question.getByRole('status', { name: 'INP-K01: Belum tersimpan' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Status simpan halaman: Belum tersimpan' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Status sinkronisasi: 1 perubahan menunggu' })).toBeVisible();

  // Someone else saves the same answer meanwhile; our queued save meets a 409 and we keep our value.
  const collection = await api(page, 'GET', `/api/cycles/${year}/loci/16.06/units/${unitId}/collection`);
  const head = collection.respondents[0].id;
  await api(page, 'PUT', `/api/cycles/${year}/loci/16.06/units/${unitId}/answers`, {
    respondentId: head,
    indicatorCode: 'INP-K01',
    level: 0,
    note: 'Dari kantor',
    expectedVersion: 1,
  });
  await page.reload();
  await page.unroute('**/answers');
  await page.getByRole('button', { name: /Wawancara: Drs\. Hendra Wijaya/ }).click();
  const reloaded = page.getByRole('region', { name: 'INP-K01' }).first();
  await expect(reloaded.getByLabel('Catatan INP-K01')).toHaveValue('SOP ada di ruang tunggu');
  await expect(
    reloaded.getByText('Nilai mereka: 0 — Tidak ada / tidak memenuhi — catatan: Dari kantor'),
  ).toBeVisible({ timeout: 30_000 });
  await reloaded.getByRole('button', { name: 'Timpa dengan nilai saya' }).click();
  await expect(reloaded.getByRole('status', { name: 'INP-K01: Tersimpan' })).toBeVisible();
  const saved = await api(page, 'GET', `/api/cycles/${year}/loci/16.06/units/${unitId}/collection`);
  expect(saved.answers).toMatchObject([{ level: 3, note: 'SOP ada di ruang tunggu', version: 3 }]);
  // The page fits a phone: nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
