import { type Browser, expect, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/accounts';
import { api, openDataCollection } from './helpers/data-collection';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2032;

/** A phone with no scripts at all: the survey must work as plain HTML. */
async function answerOnPhone(browser: Browser, link: string, answer: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const phone = await context.newPage();
  const response = await phone.goto(link);
  expect(Number(response?.headers()['content-length'] ?? '0')).toBeLessThan(8 * 1024);
  await expect(phone.locator('html')).toHaveAttribute('lang', 'id');
  await expect(phone.getByRole('heading', { name: 'Survei Pengguna Layanan' })).toBeVisible();
  for (const question of ['1. Penundaan berlarut', '2. Permintaan imbalan', '3. Penyimpangan prosedur']) {
    await phone.getByRole('group', { name: question }).getByLabel(answer).check();
  }
  await phone.getByRole('group', { name: '4. Tidak kompeten' }).getByLabel(answer).check();
  await phone.getByRole('group', { name: '5. Tidak patut / diskriminasi' }).getByLabel(answer).check();
  await phone.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expect(phone.getByText('Terima kasih!')).toBeVisible();
  return { context, phone };
}

test('service users answer the unit survey from its link on a phone without scripts, once per device', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, demoUsers.admin);
  const unitId = await openDataCollection(page, year, { team: false });
  const base = `/api/cycles/${year}/loci/16.06/units/${unitId}/survey`;
  // The unit's page: the survey card makes the link once, offers the poster and counts responses.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitId}`);
  const card = page.getByRole('region', { name: 'Survei pengguna layanan' });
  await expect(card.getByText('0/30 responden')).toBeVisible();
  await card.getByRole('button', { name: 'Buat tautan survei' }).click();
  const linkField = card.getByLabel('Tautan survei');
  await expect(linkField).toHaveValue(/\/s\/[2-9A-HJKMNP-Z]{8}$/);
  await expect(card.getByRole('link', { name: 'Unduh poster QR (PDF)' })).toBeVisible();
  const link: { code: string; url: string } = await api(page, 'GET', base);
  expect(link.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[2-9A-HJKMNP-Z]{8}$/);
  await expect(linkField).toHaveValue(link.url);

  const first = await answerOnPhone(browser, link.url, 'Tidak pernah mengalami');
  await expect(first.phone.getByText('1/30 responden')).toBeVisible();
  const cookies = await first.context.cookies();
  expect(cookies.find((cookie) => cookie.name === 'patuh_survey_device')?.httpOnly).toBe(true);
  // The same phone opening the link again is told its answer is already in.
  await first.phone.goto(link.url);
  await expect(first.phone.getByText('Jawaban dari perangkat ini sudah tercatat.')).toBeVisible();
  await expect(first.phone.getByRole('radio')).toHaveCount(0);
  await first.context.close();

  const second = await answerOnPhone(
    browser,
    new URL(link.url).pathname.toLowerCase(),
    'Pernah sekali mengalami',
  );
  await expect(second.phone.getByText('2/30 responden')).toBeVisible();
  await second.context.close();

  // The card refreshes by itself (every ~15 s).
  await expect(card.getByText('2/30 responden')).toBeVisible({ timeout: 25_000 });
  expect(await api(page, 'GET', base)).toMatchObject({ code: link.code, responses: 2, target: 30 });
  const poster = await page.request.get(`${base}/poster.pdf`);
  expect(poster.headers()['content-type']).toBe('application/pdf');

  // The verifier's list (an admin shares the right): exclude one response with a note, then count it again.
  const responses = card.getByRole('region', { name: 'Jawaban survei dan tanda kecurangan' });
  await expect(responses.getByText('2 dihitung · 0 dikecualikan · 0 ditandai')).toBeVisible();
  await responses.getByRole('button', { name: 'Tampilkan semua jawaban (2)' }).click();
  const exclude = responses.getByRole('button', { name: 'Kecualikan dari skor' }).first();
  expect((await exclude.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await exclude.click();
  await responses.getByLabel(/^Catatan/).fill('Uji: dikirim dari ponsel petugas');
  await responses.getByRole('button', { name: 'Kecualikan', exact: true }).click();
  await expect(responses.getByText('1 dihitung · 1 dikecualikan · 0 ditandai')).toBeVisible();
  await expect(responses.getByText(/Uji: dikirim dari ponsel petugas/)).toBeVisible();
  await expect(card.getByText('1/30 responden')).toBeVisible();
  await responses.getByRole('button', { name: 'Hitung kembali' }).click();
  await responses.getByLabel(/^Catatan/).fill('Dicek ulang: pengguna asli');
  await responses.getByRole('button', { name: 'Hitung kembali' }).click();
  await expect(responses.getByText('2 dihitung · 0 dikecualikan · 0 ditandai')).toBeVisible();
  await expect(card.getByText('2/30 responden')).toBeVisible();
});
