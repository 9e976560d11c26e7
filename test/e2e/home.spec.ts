import { expect, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/accounts';

test('the home page speaks Indonesian, and English when chosen; the platform status is for staff only', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Selamat datang di Patuh' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  // Database and migration details are not shown to visitors.
  await expect(page.getByTestId('platform-status')).toHaveCount(0);

  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Patuh' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Patuh' })).toBeVisible();

  await page.getByText('ID', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Selamat datang di Patuh' })).toBeVisible();
  await signInAs(page, demoUsers.admin);
  await page.goto('/');
  await expect(page.getByTestId('database-kind')).toHaveText('PGlite (tertanam)');
});

test('a deep link is answered by the app, and an unknown API path by a JSON 404', async ({
  page,
  request,
}) => {
  const response = await page.goto('/halaman/yang-belum-ada');
  expect(response?.status()).toBe(200);
  // A dot in a page path (entity codes such as 16.06) is still a page, not a missing file.
  expect((await page.request.get('/hasil/entitas/16.06')).status()).toBe(200);
  expect((await page.request.get('/assets/tidak-ada.js')).status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Patuh' })).toBeVisible();
  const api = await request.get('/api/tidak-ada');
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe('NOT_FOUND');
});
