import { expect, test } from '@playwright/test';
import { demoPassword, demoUsers, signIn, signOut } from './helpers/accounts';

/**
 * The demo's finished 2025 cycle (computed by Patuh, published, embargo passed) is the only cycle whose
 * collected answers a liaison may plan from; the 2026 cycle still in the field stays hidden from them.
 * Musi Banyuasin's 2025 plan is seeded with the demo (four items from the recommendations, one done).
 */
const publishedYear = 2025;

test('a liaison completes an item of the demo plan; the coordinator sees the progress, plans Palembang from its recommendations and logs coaching', async ({
  page,
}) => {
  test.setTimeout(240_000);

  await signIn(page, demoUsers.liaison, demoPassword);
  await page.getByRole('link', { name: 'Rencana aksi', exact: true }).first().click();
  await page.getByRole('link', { name: 'Buka 16.06' }).click();
  await expect(
    page.getByRole('heading', { name: new RegExp(`Rencana aksi .*Musi Banyuasin ${publishedYear}`) }),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('plan-progress')).toHaveText('1 dari 4 selesai');
  await expect(page.getByText('Selesai; bukti pelaksanaan diunggah (data demo).')).toBeVisible();

  await page.getByLabel('Status butir 2').selectOption({ label: 'Selesai' });
  await page.getByLabel('Catatan kemajuan baru untuk butir 2').fill('SOP pelayanan sudah ditetapkan');
  await page.getByRole('button', { name: 'Simpan butir 2' }).click();
  await expect(page.getByTestId('plan-progress')).toHaveText('2 dari 4 selesai');
  await expect(page.getByText('SOP pelayanan sudah ditetapkan')).toBeVisible();

  // The cycle still in the field is not served to the liaison, not even when asked for by year.
  const hidden = await page.request.get('/api/plans/simulator/16.06?year=2026');
  expect(hidden.status()).toBe(404);
  await signOut(page);

  await signIn(page, demoUsers.coordinator, demoPassword);
  await page.getByRole('link', { name: 'Rencana aksi', exact: true }).first().click();
  await expect(page.getByTestId('progress-16.06')).toHaveText('2 dari 4 selesai');
  await page.getByRole('link', { name: /Musi Banyuasin/ }).click();
  await expect(page.getByText('SOP pelayanan sudah ditetapkan')).toBeVisible();

  // Kota Palembang (assessed in 2025 only) has no plan yet: the coordinator makes it from the recommendations.
  await page.goto('/rencana-aksi/16.71');
  await expect(
    page.getByRole('heading', { name: new RegExp(`Rencana aksi .*Palembang ${publishedYear}`) }),
  ).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Buat rencana dari rekomendasi' }).click({ timeout: 120_000 });
  await expect(page.getByTestId('plan-progress')).toHaveText('0 dari 5 selesai', { timeout: 30_000 });

  // The coordinator logs the coaching session where Muba's items were discussed, linked to one of them.
  await page.goto('/pembinaan');
  await expect(page.getByText(/— Pembinaan tindak lanjut hasil penilaian kepatuhan 2025/)).toBeVisible();
  await page.getByLabel('Kode entitas (kosongkan untuk sesi se-provinsi)').fill('16.06');
  await page.getByRole('textbox', { name: 'Tanggal', exact: true }).fill('2026-02-10');
  await page
    .getByRole('textbox', { name: 'Fasilitator' })
    .fill('Asisten Pemeriksaan Perwakilan Sumatera Selatan');
  await page.getByRole('textbox', { name: 'Topik' }).fill('Evaluasi rencana aksi 2025');
  await page.getByRole('textbox', { name: 'Tahun rencana aksi' }).fill(String(publishedYear));
  await page.getByRole('combobox', { name: 'Butir rencana terkait' }).click();
  await page.getByRole('option').first().click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Simpan sesi' }).click();
  await expect(page.getByText('Sesi pembinaan disimpan.')).toBeVisible();
  await expect(page.getByText('1 butir rencana aksi')).toBeVisible();
});
