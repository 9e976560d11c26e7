import { expect, test } from '@playwright/test';
import { demoUsers, signInAs, signOut } from './helpers/accounts';

const samplePdf = {
  name: 'surat-tindak-lanjut.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
};

test('the coordinator records a product, the liaison uploads follow-up evidence on a phone, the coordinator confirms it selesai', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const number = `LAHP/E2E/${Date.now()}`;

  await signInAs(page, demoUsers.coordinator);
  await page.getByRole('link', { name: 'Produk pengawasan', exact: true }).first().click();
  await page.getByRole('textbox', { name: 'Kode entitas' }).fill('16.06');
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Produk pengawasan — .*Musi Banyuasin/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nomor' }).fill(number);
  await page.getByRole('textbox', { name: 'Tanggal terbit' }).fill('2026-03-10');
  await page.getByRole('textbox', { name: 'Batas waktu' }).fill('2026-05-10');
  await page.getByRole('textbox', { name: 'Perihal' }).fill('Penundaan berlarut penerbitan akta kelahiran');
  await page
    .getByRole('textbox', { name: 'Kantor penerbit' })
    .fill('Ombudsman RI Perwakilan Sumatera Selatan');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  const card = page.getByRole('article', { name: number });
  await expect(card.getByTestId('follow-up-status')).toHaveText('Belum');
  await signOut(page);

  // The liaison works from a phone: their register opens directly, every control is a 44 px tap target.
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, demoUsers.liaison);
  await page.goto('/produk-pengawasan');
  await expect(page).toHaveURL(/\/produk-pengawasan\/16\.06$/);
  await expect(card.getByTestId('follow-up-status')).toHaveText('Belum');
  await expect(card.getByRole('button', { name: /^Konfirmasi/ })).toHaveCount(0);
  await card.locator('input[type="file"]').setInputFiles(samplePdf);
  const uploadButton = card.getByRole('button', { name: 'Unggah bukti tindak lanjut' });
  expect((await uploadButton.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await uploadButton.click();
  await expect(card.getByRole('link', { name: 'surat-tindak-lanjut.pdf' })).toBeVisible();
  await signOut(page);

  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, demoUsers.coordinator);
  await page.goto('/produk-pengawasan/16.06');
  await expect(card.getByRole('link', { name: 'surat-tindak-lanjut.pdf' })).toBeVisible();
  await card.getByRole('textbox', { name: 'Catatan konfirmasi' }).fill('Akta diterbitkan; bukti diterima');
  await card.getByRole('button', { name: 'Konfirmasi: Selesai' }).click();
  await expect(card.getByTestId('follow-up-status')).toHaveText('Selesai');
  await expect(card.getByText(/Dikonfirmasi oleh .* — Akta diterbitkan; bukti diterima/)).toBeVisible();
});
