import { expect, test } from '@playwright/test';

test('"Mulai di sini" explains every role and signs in with the chosen demo account', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Mulai di sini' }).first().click();
  await expect(page.getByRole('heading', { name: 'Mulai di sini', level: 1 })).toBeVisible();
  for (const role of ['Masyarakat', 'Asesor', 'Verifikator', 'Penghubung pemerintah yang dinilai']) {
    await expect(page.getByRole('heading', { name: role, level: 2 })).toBeVisible();
  }

  await page.getByRole('link', { name: 'Masuk sebagai koordinator.sumsel@patuh.test' }).click();
  await expect(page.getByLabel('Email')).toHaveValue('koordinator.sumsel@patuh.test');
  await page.getByLabel('Kata sandi').fill('patuh-demo-2026');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/siklus$/);
});
