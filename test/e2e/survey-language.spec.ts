import { expect, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/accounts';
import { api, openDataCollection } from './helpers/data-collection';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2047;

test('a service user reads each question’s plain explanation and answers in English one tap away, without scripts', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.goto('/masuk');
  await signInAs(page, demoUsers.admin);
  const unitId = await openDataCollection(page, year, { team: false });
  const link: { url: string } = await api(
    page,
    'POST',
    `/api/cycles/${year}/loci/16.06/units/${unitId}/survey/link`,
  );

  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    javaScriptEnabled: false,
  });
  const phone = await context.newPage();
  await phone.goto(link.url);
  const delay = phone.getByRole('group', { name: '1. Penundaan berlarut' });
  await expect(delay).toContainText(
    'Layanan Anda selesai jauh lebih lama dari waktu yang dijanjikan, atau terus ditunda tanpa alasan yang jelas.',
  );

  await phone.getByRole('link', { name: 'Read this survey in English' }).click();
  await expect(phone.locator('html')).toHaveAttribute('lang', 'en');
  await expect(phone.getByRole('heading', { name: 'Service-user survey' })).toBeVisible();
  const english = phone.getByRole('group', { name: '1. Undue delay' });
  await expect(english).toContainText('Your service took much longer than the time promised');
  for (const question of [
    '1. Undue delay',
    '2. Asking for payment or bribes',
    '3. Deviating from procedure',
    '4. Incompetence',
    '5. Improper conduct / discrimination',
  ])
    await phone.getByRole('group', { name: question }).getByLabel('Never experienced').check();
  await phone.getByRole('button', { name: 'Send answers' }).click();
  await expect(phone.getByText('Thank you!')).toBeVisible();
  await expect(phone.getByText('1/30 respondents')).toBeVisible();
  // Back to Indonesian in one tap.
  await phone.getByRole('link', { name: 'Baca survei ini dalam Bahasa Indonesia' }).click();
  await expect(phone.locator('html')).toHaveAttribute('lang', 'id');
  await context.close();
});
