import { expect, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/accounts';
import { api, openDataCollection } from './helpers/data-collection';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2037;

test('a citizen answers the public-trust survey of an entity on a phone from its link, without scripts', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, demoUsers.admin);
  await openDataCollection(page, year, { team: false });
  const base = `/api/cycles/${year}/loci/16.06/trust-survey`;
  const made: { code: string; url: string } = await api(page, 'POST', `${base}/link`);
  expect(made.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/k\/[2-9A-HJKMNP-Z]{8}$/);
  const poster = await page.request.get(`${base}/poster.pdf`);
  expect(poster.headers()['content-type']).toBe('application/pdf');

  // A member of the public, on a phone with scripts off: plain HTML must be enough.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const phone = await context.newPage();
  const response = await phone.goto(made.url);
  expect(Number(response?.headers()['content-length'] ?? '0')).toBeLessThan(12 * 1024);
  await expect(phone.getByRole('heading', { name: 'Survei Kepercayaan Masyarakat' })).toBeVisible();
  await expect(phone.getByText('0/50 responden')).toBeVisible();
  // Nothing wider than the phone's screen.
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);

  const groups = phone.getByRole('group');
  await expect(groups).toHaveCount(6);
  for (let index = 0; index < 6; index += 1) {
    const answer = index === 1 ? 'Tidak tahu' : 'Percaya';
    await groups.nth(index).getByLabel(answer, { exact: true }).check();
  }
  await phone.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expect(phone.getByText('Terima kasih!')).toBeVisible();
  await expect(phone.getByText('1/50 responden')).toBeVisible();
  // The same phone is told its answer is already in.
  await phone.goto(made.url);
  await expect(phone.getByText('Jawaban dari perangkat ini sudah tercatat.')).toBeVisible();
  await expect(phone.getByRole('radio')).toHaveCount(0);
  await context.close();

  // The team sees the response and the provisional score: "Percaya" (3 of 4) on every known question.
  const survey = await api(page, 'GET', base);
  expect(survey).toMatchObject({ code: made.code, responses: 1, target: 50, score: { score0to100: 66.67 } });
  const listed = await api(page, 'GET', `${base}/responses`);
  expect(listed.responses[0].answers).toMatchObject({ 'KEP-01': 3, 'KEP-02': 0 });

  // The locus page shows the same to the team: code, poster, quota and provisional score.
  await page.goto(`/siklus/${year}/lokus/16.06`);
  const card = page.getByRole('region', { name: 'Survei kepercayaan masyarakat' });
  await expect(card.getByText(`Kode survei: ${made.code}`)).toBeVisible();
  await expect(card.getByRole('link', { name: 'Unduh poster QR (PDF)' })).toBeVisible();
  await expect(card.getByText('1/50 responden')).toBeVisible();
  await expect(card.getByText('66,67 dari 100')).toBeVisible();
  await card.getByRole('button', { name: 'Tampilkan jawaban (0)' }).click();
  await expect(card.getByText('1 dihitung · 0 dikecualikan · 0 ditandai')).toBeVisible();
});
