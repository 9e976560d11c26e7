import { expect, type Page } from '@playwright/test';

/** Waits until the service worker is active and controls the page (the app shell is precached by then). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  // The worker claims the pages open when it activates, after precaching the shell: on a busy machine that takes
  // longer than the default 5 s. A page whose navigation began just before the activation and whose document
  // came after the claim stays uncontrolled for its whole life (as in any browser); the next load of it is
  // controlled, so after 10 s it is loaded again.
  const claimed = await expect
    .poll(controlled, { timeout: 10_000 })
    .toBe(true)
    .then(() => true)
    .catch(() => false);
  if (!claimed) await page.reload();
  await expect.poll(controlled, { timeout: 30_000 }).toBe(true);
}

/** "Siapkan kerja lapangan" on its page, until it says what it stored (the demo assessor has many units). */
export async function prepareFieldWork(page: Page): Promise<void> {
  await page.goto('/kerja-lapangan');
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: 'Siapkan kerja lapangan' }).first().click();
  await expect(page.getByText(/^\d+ unit tersimpan · /)).toBeVisible({ timeout: 240_000 });
}

/** Adds every missing official through the "Belum ada" badges (SK for the complaint officer, ASN for service). */
export async function recordMissingOfficials(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (;;) {
    const missing = page.getByRole('button', { name: /^Belum ada: / });
    if ((await missing.count()) === 0) break;
    await missing.first().click();
    const dialog = page.getByRole('dialog', { name: 'Tambah responden' });
    const name = `Pejabat ${names.length + 1}`;
    await dialog.getByLabel('Nama').fill(name);
    await dialog.getByLabel('Jabatan').fill('Jabatan lapangan');
    if (await dialog.getByLabel('Nomor SK penunjukan').isVisible()) {
      await dialog.getByLabel('Nomor SK penunjukan').fill('800/12/2043');
      await dialog.getByLabel('Tanggal SK').fill('2024-01-15');
    }
    const employment = dialog.getByRole('combobox', { name: 'Status kepegawaian' });
    if (await employment.isVisible()) {
      await employment.click();
      await page.getByRole('option', { name: 'ASN', exact: true }).click();
    }
    await dialog.getByRole('button', { name: 'Simpan responden' }).click();
    await expect(dialog).toHaveCount(0);
    names.push(name);
  }
  return names;
}

/** Opens every interview and checklist panel and picks the highest level of every question; returns how many. */
export async function answerEveryIndicator(page: Page): Promise<number> {
  const panels = page.getByRole('button', {
    name: /^(Wawancara: |Observasi|Pemeriksaan dokumen|Catatan pengaduan)/,
  });
  const count = await panels.count();
  for (let index = 0; index < count; index += 1) {
    const panel = panels.nth(index);
    if ((await panel.getAttribute('aria-expanded')) !== 'true') await panel.click();
  }
  // Question cards are regions named by their indicator code (accordion panels are regions too).
  const questions = page
    .getByRole('region', { name: /^[A-Z]+(-[A-Z0-9]+)+$/ })
    .filter({ has: page.getByRole('radio') });
  const total = await questions.count();
  for (let index = 0; index < total; index += 1) await questions.nth(index).getByRole('radio').last().check();
  return total;
}
