import { expect as baseExpect, test } from '@playwright/test';
import { demoPassword, demoUsers, signIn } from './helpers/accounts';

// Lazy pages and a busy machine: give each expectation more than the default five seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
const dayMs = 24 * 60 * 60 * 1000;
const phaseCodes = [
  'preparation',
  'entry-meetings',
  'data-collection',
  'verification',
  'objection-window',
  'determination',
  'publication',
  'handover',
] as const;

/** A local calendar day relative to today, as a date field takes it. */
function dayFromToday(offset: number): string {
  const date = new Date(Date.now() + offset * dayMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('an admin keeps the directory: a new ministry, a unit’s address, coordinates and products, a unit type', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoUsers.admin, demoPassword);
  await page.getByRole('link', { name: 'Direktori', exact: true }).click();

  // A ministry: the list then shows it, filtered down by its code.
  await page.getByRole('button', { name: 'Tambah kementerian/lembaga' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kementerian atau lembaga baru' });
  await dialog.getByLabel('Kode entitas').fill('k-kemensos');
  await expect(dialog.getByLabel('Kode entitas')).toHaveValue('K-KEMENSOS');
  await dialog.getByLabel('Jenis entitas').selectOption('kementerian');
  await dialog.getByLabel('Nama resmi').fill('Kementerian Sosial Republik Indonesia');
  await dialog.getByLabel('Nama singkat').fill('Kemensos');
  await dialog.getByRole('button', { name: 'Simpan entitas' }).click();
  await expect(dialog).toBeHidden();
  const directory = page.getByRole('table', { name: 'Direktori entitas dan unit' });
  await expect(directory.getByRole('row')).toHaveCount(2);
  await expect(directory).toContainText('K-KEMENSOS');
  await expect(directory).toContainText('Kementerian');
  await expect(page.getByRole('search').getByLabel('Cari entitas')).toHaveValue('K-KEMENSOS');

  // A unit type for the catalogue, then renamed and moved to the top.
  const catalogue = page.getByRole('region', { name: 'Katalog jenis unit' });
  const addType = catalogue.getByRole('form', { name: 'Tambah jenis unit' });
  await addType.getByLabel('Kode').fill('mal-pelayanan-publik');
  await addType.getByLabel('Nama (Indonesia)').fill('Mal Pelayanan');
  await addType.getByLabel('Nama (Inggris)').fill('Public service mall');
  await addType.getByRole('button', { name: 'Tambah jenis unit' }).click();
  await expect(catalogue.getByText('Jenis unit mal-pelayanan-publik ditambahkan.')).toBeVisible();
  await catalogue.getByLabel('Nama (Indonesia) untuk mal-pelayanan-publik').fill('Mal Pelayanan Publik');
  await catalogue.getByLabel('Urutan untuk mal-pelayanan-publik').fill('1');
  await catalogue.getByRole('button', { name: 'Simpan mal-pelayanan-publik' }).click();
  await expect(catalogue.getByRole('row').nth(1)).toContainText('mal-pelayanan-publik');
  await expect(catalogue.getByLabel('Nama (Indonesia) untuk mal-pelayanan-publik')).toHaveValue(
    'Mal Pelayanan Publik',
  );
  // Deactivating a type keeps it listed but takes it out of the choices for new units.
  await catalogue.getByRole('button', { name: 'Nonaktifkan rsud' }).click();
  await expect(catalogue.getByRole('button', { name: 'Aktifkan rsud' })).toBeVisible();

  // The ministry's unit, of the new type, with its address, coordinates and products.
  await directory.getByRole('button', { name: 'Unit layanan Kemensos' }).click();
  const unitType = page.getByRole('combobox', { name: 'Jenis unit', exact: true });
  await expect(unitType.locator('option', { hasText: 'Mal Pelayanan Publik' })).toHaveCount(1);
  await expect(unitType.locator('option', { hasText: 'Rumah Sakit Umum Daerah' })).toHaveCount(0);
  await unitType.selectOption('mal-pelayanan-publik');
  await page.getByLabel('Nama unit').fill('Layanan Terpadu Kemensos');
  await page.getByRole('button', { name: 'Tambah unit' }).click();
  const unit = page.getByRole('listitem').filter({ hasText: 'Layanan Terpadu Kemensos' });
  await expect(unit).toContainText('Mal Pelayanan Publik');
  await unit.getByRole('button', { name: 'Ubah Layanan Terpadu Kemensos' }).click();
  const form = page.getByRole('form', { name: 'Ubah data Layanan Terpadu Kemensos' });
  await form.getByLabel('Alamat').fill('Jl. Salemba Raya No. 28, Jakarta Pusat');
  await form.getByLabel('Lintang (latitude)').fill('-6,1935');
  await form.getByLabel('Bujur (longitude)').fill('206,85');
  for (const product of ['Bantuan sosial', 'Rehabilitasi sosial', 'Pengaduan']) {
    await form.getByLabel('Nama produk layanan baru').fill(product);
    await form.getByRole('button', { name: 'Tambah produk' }).click();
  }
  await form.getByRole('button', { name: 'Hapus produk Pengaduan' }).click();
  await form.getByRole('button', { name: 'Simpan unit' }).click();
  // The longitude is outside Indonesia: the field says so and nothing is sent.
  await expect(form.getByText('Bujur harus antara 94,5 dan 141,5.')).toBeVisible();
  await expect(form.getByLabel('Bujur (longitude)')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Bujur (longitude)').fill('');
  await expect(form.getByText('Isi lintang dan bujur bersama-sama, atau kosongkan keduanya.')).toBeVisible();
  await form.getByLabel('Bujur (longitude)').fill('106,8513');
  await form.getByRole('button', { name: 'Simpan unit' }).click();
  await expect(form).toBeHidden();
  const details =
    'Jl. Salemba Raya No. 28, Jakarta Pusat · -6.1935, 106.8513 · Bantuan sosial, Rehabilitasi sosial';
  await expect(unit).toContainText(details);

  // All of it is stored: after a reload the filter (in the URL) and the unit's details are back.
  await page.reload();
  await expect(page.getByRole('search').getByLabel('Cari entitas')).toHaveValue('K-KEMENSOS');
  await directory.getByRole('button', { name: 'Unit layanan Kemensos' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Layanan Terpadu Kemensos' })).toContainText(
    details,
  );
  await expect(
    page
      .getByRole('region', { name: 'Katalog jenis unit' })
      .getByLabel('Nama (Indonesia) untuk mal-pelayanan-publik'),
  ).toHaveValue('Mal Pelayanan Publik');
});

test('the loci filters live in the URL and survive a reload; a decree date before determination is refused on its field', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoUsers.admin, demoPassword);
  await expect(page.getByRole('link', { name: 'Siklus', exact: true })).toBeVisible();
  // The 2027 cycle in preparation (ten days per phase) with Sumatera Selatan's kab/kota as loci.
  const firstStart = Date.now() - 2 * dayMs;
  const phases = phaseCodes.map((code, index) => ({
    code,
    startsAt: new Date(firstStart + index * 10 * dayMs).toISOString(),
    endsAt: new Date(firstStart + (index + 1) * 10 * dayMs).toISOString(),
  }));
  const created = await page.request.post('/api/cycles', {
    data: { year: 2027, methodologyRef: 'ombudsman-kepatuhan@2024r1', phases },
  });
  expect(created.status(), await created.text()).toBe(201);
  const added = await page.request.post('/api/cycles/2027/loci/by-province', {
    data: { provinceCode: '16', kinds: ['pemkab', 'pemkot'] },
  });
  expect(added.status(), await added.text()).toBe(200);

  await page.goto('/siklus/2027');
  const loci = page.getByRole('table', { name: 'Lokus' });
  await expect(loci.getByRole('row')).toHaveCount(18);
  const filters = page.getByRole('search', { name: 'Saring daftar' });
  await filters.getByLabel('Provinsi', { exact: true }).selectOption('16');
  await filters.getByLabel('Jenis entitas').selectOption('pemkot');
  await expect(loci.getByRole('row')).toHaveCount(5);
  await filters.getByLabel('Cari entitas').fill('lubuk');
  await expect(loci.getByRole('row')).toHaveCount(2);
  await expect(loci).toContainText('Kota Lubuk Linggau');
  await expect(page).toHaveURL(/search=lubuk/);
  await expect(page).toHaveURL(/kind=pemkot/);

  await page.reload();
  await expect(filters.getByLabel('Cari entitas')).toHaveValue('lubuk');
  await expect(filters.getByLabel('Provinsi', { exact: true })).toHaveValue('16');
  await expect(filters.getByLabel('Jenis entitas')).toHaveValue('pemkot');
  await expect(loci.getByRole('row')).toHaveCount(2);
  await expect(loci).toContainText('Kota Lubuk Linggau');
  // A shared link opens the same list.
  const link = page.url();
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByRole('table', { name: 'Lokus' }).getByRole('row')).toHaveCount(2);
  await other.close();

  // The decree must be dated in or after determination (day 50 on): the server's reason shows on the field.
  await page.getByRole('button', { name: 'Ubah jadwal' }).click();
  await page.getByLabel('Tanggal SK').fill(dayFromToday(20));
  await page.getByRole('button', { name: 'Simpan jadwal' }).click();
  await expect(page.getByText(/harus pada atau setelah dimulainya tahap Penetapan/)).toBeVisible();
  await expect(page.getByLabel('Tanggal SK')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Tanggal SK').fill(dayFromToday(50));
  await page.getByRole('button', { name: 'Simpan jadwal' }).click();
  await expect(page.getByRole('button', { name: 'Ubah jadwal' })).toBeVisible();
});
