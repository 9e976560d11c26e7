import { expect, type Page } from '@playwright/test';

import { demoPassword } from '../../../src/server/demo/demo-users';
import { demoEmailByRole } from '../../helpers/sign-in';

/** Seeded on an empty database at server start; demo only. */
export { demoPassword } from '../../../src/server/demo/demo-users';
export const demoUsers = demoEmailByRole;

/** An address no earlier run has used, so the journey can be repeated against the same database. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@patuh.test`;
}

/** Fills the Indonesian sign-in form; the caller checks where it lands. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  if (!page.url().includes('/masuk')) await page.goto('/masuk');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Signs a demo user in and waits until the signed-in layout shows. */
export async function signInAs(page: Page, email: string): Promise<void> {
  await signIn(page, email, demoPassword);
  await expect(page.getByRole('button', { name: /^Menu akun/ })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Menu akun/ }).click();
  await page.getByRole('menuitem', { name: 'Keluar', exact: true }).click();
  // Signing out also clears this account's offline copies before the page reloads: slower on a busy machine.
  await expect(page).toHaveURL(/\/masuk/, { timeout: 20_000 });
}
