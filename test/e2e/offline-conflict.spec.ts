import { expect, test } from '@playwright/test';
import { demoUsers, signInAs, signOut } from './helpers/accounts';
import { api, openDataCollection } from './helpers/data-collection';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2044;

// The page's own requests only: the outbox is what is under test here, not the service worker's caches.
test.use({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });

test('an answer changed offline that someone else saved meanwhile keeps both values until the assessor decides', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, demoUsers.admin);
  const unitId = await openDataCollection(page, year);
  await signOut(page);
  await signInAs(page, demoUsers.assessor);
  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitId}`);
  await page.getByRole('button', { name: /^Observasi/ }).click();
  const question = page.getByRole('region', { name: 'INP-S07' }).first();
  await expect(question.getByRole('status', { name: 'INP-S07: Tersimpan' })).toBeVisible();

  // Offline, the assessor picks the highest level and writes a note: it waits in the outbox.
  await context.setOffline(true);
  await question.getByRole('radio').last().check();
  await question.getByLabel('Catatan INP-S07').fill('Papan layanan lengkap');
  await expect(question.getByRole('status', { name: 'INP-S07: Belum tersimpan' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Status sinkronisasi: 1 perubahan menunggu' })).toBeVisible();

  // Meanwhile a teammate saves the same answer from the office.
  await api(page, 'PUT', `/api/cycles/${year}/loci/16.06/units/${unitId}/answers`, {
    respondentId: null,
    indicatorCode: 'INP-S07',
    level: 0,
    note: 'Dari kantor',
    expectedVersion: 0,
  });

  // Back online: the outbox meets a 409 and shows both values; nothing is overwritten silently.
  await context.setOffline(false);
  await expect(question.getByRole('status', { name: 'INP-S07: Bentrok' })).toBeVisible({ timeout: 30_000 });
  await expect(question.getByText(/^Nilai mereka: 0 — .* — catatan: Dari kantor$/)).toBeVisible();
  await expect(question.getByText(/ — catatan: Papan layanan lengkap$/)).toBeVisible();
  const before = await api(page, 'GET', `/api/cycles/${year}/loci/16.06/units/${unitId}/collection`);
  expect(before.answers).toMatchObject([
    { indicatorCode: 'INP-S07', level: 0, note: 'Dari kantor', version: 1 },
  ]);

  await question.getByRole('button', { name: 'Timpa dengan nilai saya' }).click();
  const url = `/api/cycles/${year}/loci/16.06/units/${unitId}/collection`;
  await expect
    .poll(async () => (await api(page, 'GET', url)).answers[0].version, { timeout: 30_000 })
    .toBe(2);
  await expect(question.getByRole('status', { name: 'INP-S07: Tersimpan' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Status sinkronisasi: Semua tersimpan' })).toBeVisible();
  const after = await api(page, 'GET', url);
  expect(after.answers).toHaveLength(1);
  expect(after.answers[0]).toMatchObject({ note: 'Papan layanan lengkap', version: 2 });
  expect(after.answers[0].level).toBeGreaterThan(0);
});
