import { expect, test } from '@playwright/test';
import { demoPassword, demoUsers, signIn, signOut, uniqueEmail } from './helpers/accounts';

test('a coordinator creates an assessor, who replaces the one-time password and sees only their province', async ({
  page,
}) => {
  const email = uniqueEmail('asesor.baru');
  await signIn(page, demoUsers.coordinator, demoPassword);
  await expect(page.getByRole('button', { name: 'Menu akun Koordinator Sumatera Selatan' })).toBeVisible();

  await page.getByRole('link', { name: 'Pengguna' }).click();
  await expect(page.getByRole('heading', { name: 'Pengguna', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah pengguna' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Nama').fill('Asesor Uji Sumsel');
  // A coordinator can give only the field roles, and only their own province (preselected: they have one).
  const roleOptions = await dialog.getByLabel('Peran').locator('option').allTextContents();
  expect(roleOptions).toEqual(['Asesor', 'Verifikator', 'Penghubung']);
  await dialog.getByLabel('Peran').selectOption({ label: 'Asesor' });
  await expect(dialog.getByText('Sumatera Selatan', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Buat akun' }).click();

  const oneTimePasswordField = page.getByRole('textbox', { name: 'Kata sandi sekali pakai', exact: true });
  await expect(oneTimePasswordField).toBeVisible();
  await expect(page.getByText('tidak akan ditampilkan lagi')).toBeVisible();
  const oneTimePassword = await oneTimePasswordField.inputValue();
  expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
  await expect(page.getByRole('cell', { name: email })).toBeVisible();
  await signOut(page);

  await signIn(page, email, oneTimePassword);
  await expect(page).toHaveURL(/\/akun/);
  await expect(page.getByText('Anda masuk dengan kata sandi sekali pakai')).toBeVisible();
  const newPassword = 'padi-menguning-di-sawah-2026';
  await page.getByRole('textbox', { name: 'Kata sandi saat ini', exact: true }).fill(oneTimePassword);
  await page.getByRole('textbox', { name: 'Kata sandi baru', exact: true }).fill(newPassword);
  await page.getByRole('textbox', { name: 'Ulangi kata sandi baru', exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Ubah kata sandi' }).click();

  await expect(page.getByRole('heading', { name: 'Selamat datang di Patuh' })).toBeVisible();
  const scope = page.getByRole('region', { name: 'Cakupan Anda' });
  await expect(scope).toContainText('Asesor');
  await expect(scope.getByRole('listitem')).toHaveText(['Sumatera Selatan']);
  await expect(page.getByRole('link', { name: 'Pengguna' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Audit' })).toHaveCount(0);

  await page.goto('/pengguna');
  await expect(page.getByText('Peran Anda tidak memiliki akses ke halaman ini.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  // The new password is the one that works from now on.
  await signOut(page);
  await signIn(page, email, newPassword);
  await expect(page.getByRole('region', { name: 'Cakupan Anda' })).toBeVisible();
});

test('a wrong password is refused in Indonesian, and the sign-in page speaks English when chosen', async ({
  page,
}) => {
  await page.goto('/masuk');
  await signIn(page, demoUsers.verifier, 'bukan-kata-sandinya');
  await expect(page.getByRole('alert')).toContainText('E-mail atau kata sandi salah.');
  await expect(page).toHaveURL(/\/masuk/);

  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Patuh' })).toBeVisible();
  await expect(page.getByLabel('E-mail')).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
});

test('a signed-out visitor is sent to sign in and brought back; an admin reads the audit trail', async ({
  page,
}) => {
  await page.goto('/audit');
  await expect(page).toHaveURL(/\/masuk\?redirect=/);
  await signIn(page, demoUsers.admin, demoPassword);
  await expect(page.getByRole('heading', { name: 'Jejak audit' })).toBeVisible();
  await expect(page).toHaveURL(/\/audit$/);

  await page.getByLabel('Tindakan').fill('auth.sign-in');
  await expect(page.getByRole('link', { name: 'Ekspor CSV' })).toHaveAttribute('href', /action=auth.sign-in/);
  const firstRow = page.getByRole('row').filter({ hasText: demoUsers.admin }).first();
  await expect(firstRow).toContainText('Administrator');
  await firstRow.getByRole('button', { name: 'Tampilkan rincian' }).click();
  await expect(page.getByText('Sesudah', { exact: true }).first()).toBeVisible();
});
