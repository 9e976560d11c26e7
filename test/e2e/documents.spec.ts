import { expect, test } from '@playwright/test';
import { renderDemoPhoto } from '../../src/server/demo/demo-photo';
import { demoPassword, demoUsers, signIn, signInAs } from './helpers/accounts';

test('a visitor downloads Muba’s piagam from its page and checks the printed code on the verification page', async ({
  page,
}) => {
  // The newest published year is the demo's 2025, computed by Patuh from field data.
  await page.goto('/hasil/entitas/16.06/riwayat');
  const links = page.getByTestId('entity-documents');
  await expect(links.getByRole('heading', { name: 'Piagam dan rapor 2025' })).toBeVisible();
  const href = await links.getByRole('link', { name: 'Unduh piagam (PDF)' }).getAttribute('href');
  const piagam = await page.request.get(href ?? '');
  expect(piagam.status()).toBe(200);
  expect(piagam.headers()['content-type']).toBe('application/pdf');
  const code = piagam.headers()['x-verification-code'] ?? '';
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
  const raporHref = await links.getByRole('link', { name: 'Unduh rapor (PDF)' }).getAttribute('href');
  expect((await page.request.get(raporHref ?? '')).status()).toBe(200);

  await page.goto(`/verifikasi/${code}`);
  await expect(page.getByRole('heading', { name: 'Verifikasi piagam' })).toBeVisible();
  await expect(page.getByTestId('verification-status')).toContainText('Piagam ini sah.');
  await expect(page.getByTestId('verified-recipient')).toHaveText('Kab. Musi Banyuasin');
  await expect(page.getByText('93,28')).toBeVisible();

  // A typo in the code (last symbol changed) is caught by its check symbol.
  await page.getByLabel('Kode verifikasi').fill(`${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`);
  await page.getByRole('button', { name: 'Periksa' }).click();
  await expect(page.getByTestId('verification-status')).toContainText('Kode ini tidak dikenal.');
  await expect(page.getByTestId('verification-status')).toContainText('salah ketik');
});

test('an admin sets the centre’s signatory and generates every 2024 piagam as a ZIP', async ({ page }) => {
  await signIn(page, demoUsers.admin, demoPassword);
  await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
  await page.goto('/dokumen');
  await expect(page.getByRole('heading', { name: 'Piagam dan rapor' })).toBeVisible();
  await page.getByLabel('Tahun').fill('2024');
  // The demo sets the centre's signatory of each of its years (a public piagam needs one); it is replaced here.
  await expect(page.getByLabel('Nama penandatangan 1')).toHaveValue('Dr. Rahmat Hidayat (contoh)');
  await page.getByLabel('Nama penandatangan 1').fill('Mokhammad Najih');
  await page.getByLabel('Jabatan penandatangan 1').fill('Ketua Ombudsman Republik Indonesia');
  await page.getByRole('button', { name: /Simpan penandatangan/ }).click();
  await expect(page.getByText('Tersimpan.')).toBeVisible();

  await page.getByRole('button', { name: 'Mulai (2024)' }).click();
  const job = page.getByTestId('document-job').first();
  await expect(job.getByText('Selesai')).toBeVisible({ timeout: 60_000 });
  await expect(job.getByText('46 dari 46 dokumen')).toBeVisible();
  const href = await job.getByRole('link', { name: /Unduh ZIP/ }).getAttribute('href');
  const zip = await page.request.get(href ?? '');
  expect(zip.status()).toBe(200);
  expect((await zip.body()).subarray(0, 2).toString()).toBe('PK');
});

test('a coordinator sets the Perwakilan’s letterhead from a file, is stopped before sending one too large, and removes it', async ({
  page,
}) => {
  // On a phone: the card fits the screen and its buttons are finger-sized.
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAs(page, demoUsers.coordinator);
  await page.goto('/dokumen');
  const card = page.getByTestId('letterhead-card');
  await expect(card.getByRole('heading', { name: 'Kop/lambang dokumen' })).toBeVisible();
  // A coordinator manages the office of the province only.
  await expect(card.getByLabel('Kantor', { exact: true })).toHaveValue('Perwakilan Sumatera Selatan');
  await expect(card.getByTestId('letterhead-status')).toHaveText('Belum ada kop (tata letak bawaan)');
  const setButton = card.getByRole('button', { name: 'Pasang kop', exact: true });
  const fileInput = card.locator('input[type="file"]');

  const png = renderDemoPhoto(3, 120);
  await fileInput.setInputFiles({
    name: 'kop-besar.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([png, Buffer.alloc(600 * 1024)]),
  });
  await expect(card.getByText(/kop paling besar 512 KB\.$/)).toBeVisible();
  await expect(setButton).toBeDisabled();

  await fileInput.setInputFiles({ name: 'kop.png', mimeType: 'image/png', buffer: png });
  await expect(setButton).toBeEnabled();
  const box = await setButton.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(await card.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  await setButton.click();
  await expect(card.getByText('Kop terpasang.')).toBeVisible();
  await expect(card.getByTestId('letterhead-status')).toContainText('Kop terpasang: PNG, diperbarui');
  const listed = await page.request.get('/api/document-letterheads');
  expect((await listed.json()).items).toMatchObject([{ officeCode: '16', mediaType: 'image/png' }]);

  await card.getByRole('button', { name: 'Hapus kop', exact: true }).click();
  await expect(card.getByText('Kop dihapus.')).toBeVisible();
  await expect(card.getByTestId('letterhead-status')).toHaveText('Belum ada kop (tata letak bawaan)');
  expect((await (await page.request.get('/api/document-letterheads')).json()).items).toEqual([]);
});
