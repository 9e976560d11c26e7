import { expect, type Page, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/accounts';

/**
 * The demo loaded at the first start of an empty database, one path per role: each role signs in and finds
 * its work. Figures come from the seed (src/server/demo): 2022–2024 imported, 2025 computed by Patuh on
 * ombudsman-opini@2025 for a sample and published, 2026 in the field on ombudsman-opini@2026 with Dinas
 * Pendidikan returned and Puskesmas Ulak Paceh submitted.
 */
const noData = '#dee2e6';
const publishedYear = 2025;
const fieldYear = 2026;
const muba = 'Kab. Musi Banyuasin';

/** From the cycles list, through the cycle page, to its field progress (inside Sumatera Selatan). */
async function openFieldProgress(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Siklus', exact: true }).click();
  await page.getByRole('link', { name: `Buka siklus ${fieldYear}` }).click();
  await page.getByRole('link', { name: /Progres pengumpulan data/ }).click();
  await expect(page.getByRole('heading', { name: `Progres pengumpulan data ${fieldYear}` })).toBeVisible();
}

/** The status badge of the unit page's workflow bar. */
const workflowStatus = (page: Page) =>
  page.getByRole('region', { name: 'Status unit' }).getByTestId('unit-status');

/** From the home card "Lokus saya" to Muba's locus page of the cycle in the field; returns its units. */
async function openMyMubaLocus(page: Page) {
  const myLoci = page.getByRole('region', { name: 'Lokus saya' });
  await myLoci.getByRole('link', { name: `${muba} · ${fieldYear}` }).click();
  await expect(page.getByRole('heading', { name: `${muba} · ${fieldYear}`, level: 1 })).toBeVisible();
  const units = page.getByRole('region', { name: 'Unit yang dinilai' }).getByTestId('locus-unit');
  await expect(units).toHaveCount(6);
  return units;
}

test('visitor: the portal shows 2025 on the map and in the Sumsel ranking; Muba’s history, piagam and rapor', async ({
  page,
}) => {
  await page.goto('/hasil');
  await expect(page.getByRole('combobox', { name: 'Tahun' })).toHaveValue(String(publishedYear));
  await expect(page.getByRole('heading', { name: `Peta hasil ${publishedYear}` })).toBeVisible();
  await expect(page.getByTestId('cycle-facts')).toContainText('SK Demo 101/2025');
  const fillOf = (code: string) => page.locator(`path[data-code="${code}"]`).getAttribute('fill');
  await expect.poll(() => fillOf('16.06')).not.toBe(noData);
  expect(await fillOf('31.71')).toBe(noData);

  // Sumatera Selatan: the 8 kabupaten/kota of the 2025 sample coloured, the other 9 without data (not
  // assessed that year); Muba first in its 2025 ranking.
  await page.getByRole('combobox', { name: 'Provinsi' }).click();
  await page.getByRole('option', { name: 'Sumatera Selatan' }).click();
  await expect(
    page.getByRole('heading', { name: 'Peringkat kabupaten/kota di Sumatera Selatan' }),
  ).toBeVisible();
  const areas = page.getByTestId('map-regencies').locator('path');
  await expect(areas).toHaveCount(17);
  const fills = await areas.evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
  expect(fills.filter((fill) => fill === noData)).toHaveLength(9);
  const rows = page.getByTestId('rankings-table').locator('tbody tr');
  await expect(rows).toHaveCount(8);
  await expect(rows.nth(0)).toContainText(muba);
  await expect(rows.nth(0)).toContainText('93,28');

  await rows.nth(0).getByRole('link', { name: muba }).click();
  await expect(page).toHaveURL(/\/hasil\/entitas\/16\.06\/riwayat$/);
  await expect(page.getByTestId('rank-history')).toContainText(
    'ke-9 dari 17 (2022) → ke-4 dari 17 (2023) → ke-2 dari 17 (2024) → ke-1 dari 8 (2025)',
  );
  await expect(page.getByTestId('entity-score')).toHaveText('93,28');
  await expect(page.getByText('Kualitas Tertinggi Tanpa Maladministrasi').first()).toBeVisible();

  const documents = page.getByTestId('entity-documents');
  await expect(documents.getByRole('heading', { name: `Piagam dan rapor ${publishedYear}` })).toBeVisible();
  for (const name of ['Unduh piagam (PDF)', 'Unduh rapor (PDF)']) {
    const href = await documents.getByRole('link', { name }).getAttribute('href');
    expect(href).toContain(`year=${publishedYear}`);
    const pdf = await page.request.get(href ?? '');
    expect(pdf.status(), name).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
  }
});

test('admin: 2025 finished and published, 2026 in data collection with its field progress', async ({
  page,
}) => {
  await signInAs(page, demoUsers.admin);
  await page.getByRole('link', { name: 'Siklus', exact: true }).click();
  await expect(page.getByRole('region', { name: String(publishedYear), exact: true })).toContainText(
    'Selesai',
  );
  await expect(page.getByRole('region', { name: String(fieldYear), exact: true })).toContainText(
    'Tahap: Pengumpulan data',
  );
  await page.getByRole('link', { name: `Buka siklus ${publishedYear}` }).click();
  await expect(page.getByTestId('cycle-decree')).toContainText('SK Demo 101/2025');

  await openFieldProgress(page);
  await page.getByRole('button', { name: muba, exact: true }).click();
  const units = page.getByRole('table', { name: 'Unit' });
  await expect(units.getByRole('row')).toHaveCount(7);
  await expect(units.getByRole('row', { name: /Dinas Pendidikan/ })).toContainText('Dikembalikan');
  await expect(units.getByRole('row', { name: /Puskesmas Ulak Paceh/ })).toContainText('Diajukan');
});

test('coordinator: the 2026 loci of Sumatera Selatan with Muba and its progress', async ({ page }) => {
  await signInAs(page, demoUsers.coordinator);
  await page.getByRole('link', { name: 'Siklus', exact: true }).click();
  await page.getByRole('link', { name: `Buka siklus ${fieldYear}` }).click();
  const loci = page.getByRole('table', { name: 'Lokus' });
  await expect(loci.locator('tbody tr')).toHaveCount(4);
  const mubaLocus = loci.getByRole('row', { name: new RegExp(muba) });
  await expect(mubaLocus).toContainText('Asesor Sumatera Selatan, Verifikator Sumatera Selatan');
  // 6 units × (4 officials + the assessor's observation) and the 30 service users of the entity: all recorded.
  await expect(mubaLocus).toContainText('60/60 responden tercatat');

  await openFieldProgress(page);
  await expect(page.getByRole('button', { name: 'Sumatera Selatan', exact: true })).toBeVisible();
  const entities = page.getByRole('table', { name: 'Entitas' });
  await expect(entities.locator('tbody tr')).toHaveCount(4);
  const mubaProgress = entities.getByRole('row', { name: new RegExp(muba) });
  // Every official and the assessor recorded on the six units; survey 12 or 17 responses a unit of 30.
  await expect(mubaProgress.getByRole('cell').nth(1)).toHaveText('30/30');
  await expect(mubaProgress.getByRole('cell').nth(4)).toHaveText('87/180');
  await expect(mubaProgress).toContainText('Draf 4');
  await expect(mubaProgress).toContainText('Dikembalikan 1');
  await expect(mubaProgress).toContainText('Diajukan 1');
  await expect(mubaProgress).toContainText('Belum disetujui');
  await expect(mubaProgress.getByRole('progressbar', { name: `Indikator ${muba}` })).toBeVisible();
});

test('assessor: finds Muba’s returned 2026 unit and the verifier’s note', async ({ page }) => {
  await signInAs(page, demoUsers.assessor);
  const units = await openMyMubaLocus(page);
  const returned = units.filter({ hasText: 'Dikembalikan' });
  await expect(returned).toHaveCount(1);
  await expect(returned).toContainText('Dinas Pendidikan');
  await returned.getByRole('link', { name: 'Isi data lapangan: Dinas Pendidikan' }).click();
  await expect(workflowStatus(page)).toHaveText('Dikembalikan');
  const notes = page.getByTestId('review-notes');
  await expect(notes).toContainText('PRS-01');
  await expect(notes).toContainText('Foto maklumat pelayanan tidak terbaca');
  await expect(page.getByRole('button', { name: 'Ajukan untuk verifikasi' })).toBeVisible();
});

test('verifier: sees the 2026 unit waiting for verification', async ({ page }) => {
  await signInAs(page, demoUsers.verifier);
  const units = await openMyMubaLocus(page);
  const waiting = units.filter({ hasText: 'Diajukan' });
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText('Puskesmas Ulak Paceh');
  await waiting.getByRole('link', { name: 'Periksa data lapangan: Puskesmas Ulak Paceh' }).click();
  await expect(workflowStatus(page)).toHaveText('Diajukan');
  await expect(page.getByRole('button', { name: 'Verifikasi', exact: true })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Kembalikan dengan catatan' })).toBeEnabled();
});

test('liaison: Muba’s published 2025 result and its improvement plan from the recommendations', async ({
  page,
}) => {
  await signInAs(page, demoUsers.liaison);
  await page.goto('/hasil/entitas/16.06/riwayat');
  await expect(page.getByText(`Nilai ${publishedYear}`)).toBeVisible();
  await expect(page.getByTestId('entity-score')).toHaveText('93,28');

  await page.getByRole('link', { name: 'Rencana aksi', exact: true }).first().click();
  await page.getByRole('link', { name: 'Buka 16.06' }).click();
  // The plan page works on the newest year with published answers: 2025, never the 2026 still in the field.
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Rencana aksi .*Musi Banyuasin ${publishedYear}$`) }),
  ).toBeVisible({ timeout: 20_000 });
  // The seeded plan: four items from the recommendations, the first done, the second under way.
  await expect(page.getByTestId('plan-progress')).toHaveText('1 dari 4 selesai', { timeout: 20_000 });
  await expect(page.getByText('Draf SOP sedang dibahas (data demo).')).toBeVisible();
  await expect(page.getByLabel('Status butir 2')).toHaveValue('in_progress');
  await expect(page.getByRole('link', { name: 'Simulasi' })).toBeVisible();

  // The Sumsel office's coaching session about the first two items.
  await page.getByRole('link', { name: 'Pembinaan', exact: true }).first().click();
  await expect(
    page.getByText(/Pembinaan tindak lanjut hasil penilaian kepatuhan 2025/).first(),
  ).toBeVisible();
});
