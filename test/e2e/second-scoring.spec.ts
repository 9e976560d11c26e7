import { expect, type Page, test } from '@playwright/test';
import { demoPassword, demoUsers, signIn, signInAs, signOut, uniqueEmail } from './helpers/accounts';
import { api, openDataCollection } from './helpers/data-collection';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2053;
const firstNote = 'Maklumat pelayanan tidak terpasang';
const reason = 'Foto maklumat terpasang di loket, sebagian';

test.use({ viewport: { width: 360, height: 740 } });

test('a blind second assessor disagrees with the first team and the verifier settles the level on a phone', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The admin opens data collection on Muba's Dinas Sosial (demo team) and creates a second assessor of the
  // province; "Abdi" sorts first among the free assessors, so the draw gives the unit to this account.
  await signInThroughApi(page, demoUsers.admin, demoPassword);
  const unitId = await openDataCollection(page, year);
  const email = uniqueEmail('asesor.kedua');
  const created = await api(page, 'POST', '/api/users', {
    email,
    name: 'Abdi Penilai Kedua',
    role: 'assessor',
    scope: { provinceCodes: ['16'], entityCode: null },
  });
  const unitBase = `/api/cycles/${year}/loci/16.06/units/${unitId}`;

  // The first team scores PRS-01 at 0.
  await signInThroughApi(page, demoUsers.assessor, demoPassword);
  await api(page, 'PUT', `${unitBase}/answers`, {
    respondentId: null,
    indicatorCode: 'PRS-01',
    level: 0,
    note: firstNote,
    expectedVersion: 0,
  });

  // The coordinator draws the province's sample: the only locus unit, to the new assessor.
  await signInThroughApi(page, demoUsers.coordinator, demoPassword);
  const sample = await api(page, 'POST', `/api/cycles/${year}/quality/sample`, { provinceCode: '16' });
  expect(sample.drawn).toEqual([
    expect.objectContaining({ unitId, secondAssessor: { id: created.user.id, name: 'Abdi Penilai Kedua' } }),
  ]);

  // The second assessor replaces the one-time password, then signs in on the phone.
  const password = 'Jembatan Ampera sore 2053';
  await signInThroughApi(page, email, created.oneTimePassword);
  await api(page, 'POST', '/api/account/password', {
    currentPassword: created.oneTimePassword,
    newPassword: password,
  });
  await page.context().clearCookies();
  await signIn(page, email, password);
  const assignments = page.getByRole('region', { name: /^Penilaian kedua \(buta\)/ });
  await expect(assignments).toBeVisible();
  await expect(assignments).toContainText(`${year} · 0 nilai diisi`);
  await assignments.getByRole('link', { name: /^Dinas Sosial · / }).click();
  await expect(page).toHaveURL(new RegExp(`/mutu/penilaian-kedua/${year}/16\\.06/${unitId}$`));
  await expect(page.getByRole('heading', { name: 'Penilaian kedua: Dinas Sosial', level: 1 })).toBeVisible();
  // Blind: no level of the first team is chosen, and their note is nowhere on the page.
  const levels = page.getByRole('radiogroup', { name: 'Tingkat untuk PRS-01' });
  await expect(levels.getByRole('radio')).not.toHaveCount(0);
  for (const radio of await levels.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await expect(page.getByText(firstNote)).toHaveCount(0);
  await levels.getByRole('radio', { name: /^3 · / }).check();
  await expect(page.getByRole('status').filter({ hasText: /^Tersimpan$/ })).toHaveCount(1);
  // Home again (no reload): the card counts the level, and the reopened form shows it chosen.
  await page.getByRole('link', { name: '← Beranda' }).click();
  await expect(assignments).toContainText(`${year} · 1 nilai diisi`);
  await assignments.getByRole('link', { name: /^Dinas Sosial · / }).click();
  await expect(
    page.getByRole('radiogroup', { name: 'Tingkat untuk PRS-01' }).getByRole('radio', { name: /^3 · / }),
  ).toBeChecked();
  await signOut(page);

  // The verifier finds the disagreement on the home page and settles it at 2, with a reason.
  await signInAs(page, demoUsers.verifier);
  const disagreements = page.getByRole('region', { name: /^Perbedaan penilaian ganda/ });
  await expect(disagreements).toContainText(`${year} · 1 perbedaan`);
  await disagreements.getByRole('link', { name: /^Dinas Sosial · / }).click();
  await expect(page).toHaveURL(new RegExp(`/siklus/${year}/lokus/16\\.06/unit/${unitId}/perbedaan$`));
  const item = page.getByTestId('disagreement');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('PRS-01');
  await expect(item.getByText(/^Tim pertama: 0 · /)).toBeVisible();
  await expect(item.getByText(/^Asesor kedua: 3 · /)).toBeVisible();
  // No level is preselected: a reason alone settles nothing.
  await item.getByRole('textbox', { name: /^Alasan \(wajib\)/ }).fill(reason);
  await item.getByRole('button', { name: 'Tetapkan' }).click();
  await expect(item.getByText('Pilih nilai yang berlaku setelah memeriksa bukti.')).toBeVisible();
  await item.getByRole('combobox', { name: 'Nilai yang berlaku' }).click();
  await page.getByRole('option', { name: /^2 · / }).click();
  await expect(item.getByText('Pilih nilai yang berlaku setelah memeriksa bukti.')).toHaveCount(0);
  await item.getByRole('button', { name: 'Tetapkan' }).click();
  await expect(item.getByText(new RegExp(`^Ditetapkan: 2 · .* — ${reason}$`))).toBeVisible();
  await expect(item.getByRole('button', { name: 'Tetapkan' })).toHaveCount(0);

  // The settled level replaced the first team's answer (their note kept), and the queue is empty again.
  const collection = await api(page, 'GET', `${unitBase}/collection`);
  expect(
    collection.answers.find(
      (answer: { indicatorCode: string; respondentId: string | null }) =>
        answer.indicatorCode === 'PRS-01' && answer.respondentId === null,
    ),
  ).toMatchObject({ level: 2, note: firstNote, version: 2 });
  const queue = await api(page, 'GET', '/api/work-queue');
  expect(queue.disagreements.filter((unit: { year: number }) => unit.year === year)).toEqual([]);
});

/** A session for `email` in the page's browser context, replacing any earlier one. */
async function signInThroughApi(page: Page, email: string, password: string): Promise<void> {
  await page.context().clearCookies();
  const response = await page.request.post('/api/auth/sign-in', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
}
