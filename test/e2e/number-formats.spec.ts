import { expect, test } from '@playwright/test';

// One formatting module (src/core/format) writes every figure: Indonesian "93,28" and "26,5 %", English
// "93.28" and "26.5%". \s in the patterns also matches the no-break space before the Indonesian "%".
test('the entity page and /hasil print decimal commas in Indonesian and decimal points in English', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The first answer after each navigation may wait for a busy server; the later ones are on the same page.
  const loaded = { timeout: 20_000 };
  await page.goto('/hasil/entitas/16.06/riwayat');
  await expect(page.getByTestId('entity-score')).toHaveText('93,28', loaded);
  await expect(page.getByTestId('entity-history').locator('tbody tr').first()).toContainText('93,28');

  await page.goto('/hasil?tahun=2024&provinsi=16');
  const rows = page.getByTestId('rankings-table').locator('tbody tr');
  await expect(rows.nth(0)).toContainText('Kota Lubuk Linggau', loaded);
  await expect(rows.nth(0)).toContainText('95,70');
  await expect(page.getByTestId('overview-table')).toContainText(/\(\d+(,\d)?\s%\)/);
  await expect(page.getByTestId('cycle-facts')).toContainText(
    /Diumumkan: \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/,
  );
  // A year with zones speaks of zones; an Opini year (2025) of opinions, never of zones.
  await expect(page.getByTestId('portal-intro')).toContainText('zona');
  await page.goto('/hasil?tahun=2025');
  await expect(page.getByTestId('portal-intro')).toContainText('opini', loaded);
  await expect(page.getByTestId('portal-intro')).not.toContainText('zona');

  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('portal-intro')).toContainText('opinion');
  await page.goto('/hasil?tahun=2024&provinsi=16');
  await expect(rows.nth(0)).toContainText('95.70', loaded);
  await expect(page.getByTestId('overview-table')).toContainText(/\(\d+(\.\d)?%\)/);
  await expect(page.getByTestId('overview-table')).not.toContainText(/\d,\d/);
  await page.goto('/hasil/entitas/16.06/riwayat');
  await expect(page.getByTestId('entity-score')).toHaveText('93.28', loaded);
});
