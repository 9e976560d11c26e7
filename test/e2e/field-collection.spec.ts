import { expect, type Locator, type Page, request, test } from '@playwright/test';
import { demoUsers, signInAs, signOut } from './helpers/accounts';
import { openDataCollection } from './helpers/data-collection';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2030;
const unitName = 'Dinas Sosial';

// A stuck step fails in seconds, not at the end of the journey's long timeout.
test.use({ actionTimeout: 15_000 });

/** A tiny valid JPEG (1×1 px) standing in for a photo taken at the counter. */
const photo = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Chooses a level on a question card and waits until it is saved. */
async function answer(scope: Page | Locator, indicatorCode: string, level: number): Promise<void> {
  const question = scope.getByRole('region', { name: indicatorCode, exact: true }).first();
  await question.getByRole('radio', { name: new RegExp(`^${level} — `) }).check();
  await expect(question.getByRole('status', { name: `${indicatorCode}: Tersimpan` })).toBeVisible();
}

test('a unit is filled in the field, surveyed, submitted, returned, fixed, verified and its entity approved', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000);
  await signInAs(page, demoUsers.admin);
  const unitId = await openDataCollection(page, year);
  await signOut(page);

  // The assessor opens Dinas Sosial from the locus page.
  await signInAs(page, demoUsers.assessor);
  await page.goto(`/siklus/${year}/lokus/16.06`);
  await page.getByRole('link', { name: `Isi data lapangan: ${unitName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/unit/${unitId}$`));

  // The four officials, each from the "missing" badge of their role.
  const officials = [
    ['Kepala unit/dinas', 'Drs. Hendra Wijaya', 'Kepala Dinas Sosial'],
    ['Petugas pelayanan (ASN atau non-ASN)', 'Rina Marlina', 'Petugas Loket'],
    ['Ketua tim pengelola pengaduan', 'Agus Salim, S.Sos.', 'Sekretaris Dinas'],
    ['Petugas pengaduan yang ditunjuk dengan SK', 'Dewi Lestari', 'Staf Pengaduan'],
  ] as const;
  for (const [role, name, jobTitle] of officials) {
    await page.getByRole('button', { name: `Belum ada: ${role}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah responden' });
    await dialog.getByLabel('Nama').fill(name);
    await dialog.getByLabel('Jabatan').fill(jobTitle);
    if (role.startsWith('Petugas pelayanan')) {
      await dialog.getByRole('combobox', { name: 'Status kepegawaian' }).click();
      await dialog.getByRole('option', { name: 'Non-ASN', exact: true }).click();
    }
    if (role.startsWith('Petugas pengaduan')) {
      await dialog.getByLabel('Nomor SK penunjukan').fill('800/123/Dinsos/2030');
      await dialog.getByLabel('Tanggal SK').fill('2030-01-15');
    }
    await dialog.getByRole('button', { name: 'Simpan responden' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Belum ada: ${role}` })).toHaveCount(0);
  }

  // Their interviews: six knowledge questions each; the complaint officials also answer the two complaint
  // questions, which need a document.
  for (const [role, name] of officials) {
    const item = accordionItem(page, new RegExp(`Wawancara: ${escapeRegExp(name)}`));
    await item.getByRole('button', { name: new RegExp(`Wawancara: ${escapeRegExp(name)}`) }).click();
    for (const code of ['INP-K01', 'INP-K02', 'INP-K03', 'INP-K04', 'INP-K05', 'INP-K06'])
      await answer(item, code, 3);
    if (role.includes('pengaduan')) {
      for (const code of ['PGD-07', 'PGD-08']) {
        await answer(item, code, 2);
        await attach(item, code, `laporan-${code}-${name.slice(0, 4)}.pdf`, 'application/pdf', tinyPdf);
      }
    }
  }

  // The unit checklists: every observation (the first with a photo from the camera), document check and
  // complaint-record question, each with its evidence. The service pledge's document is left out for now.
  for (const checklist of ['Observasi', 'Pemeriksaan dokumen', 'Catatan pengaduan']) {
    const item = accordionItem(page, new RegExp(`^${checklist}`));
    await item.getByRole('button', { name: new RegExp(`^${checklist}`) }).click();
    const codes = await item
      .locator('section[aria-label]')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('aria-label') ?? ''));
    expect(codes.length).toBeGreaterThan(0);
    for (const [position, code] of codes.entries()) {
      await answer(item, code, 3);
      if (code === 'PRS-06') continue;
      if (checklist === 'Observasi' && position === 0) {
        const question = item.getByRole('region', { name: code, exact: true });
        await question.getByLabel(new RegExp(`^Ambil foto ${code}`)).setInputFiles({
          name: `foto-${code}.jpg`,
          mimeType: 'image/jpeg',
          buffer: photo,
        });
        await expect(question.getByText(`foto-${code}.jpg`).first()).toBeVisible();
      } else {
        await attach(item, code, `dokumen-${code}.pdf`, 'application/pdf', tinyPdf);
      }
    }
  }

  // Two complaints sampled from the unit's register, one through SP4N-LAPOR!.
  for (const [reference, channel] of [
    ['REG-2030-017', 'SP4N-LAPOR!'],
    ['REG-2030-022', 'Datang langsung'],
  ] as const) {
    await page.getByRole('button', { name: 'Tambah pengaduan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah pengaduan' });
    await dialog.getByLabel('Nomor register').fill(reference);
    await dialog.getByRole('combobox', { name: 'Kanal' }).click();
    await page.getByRole('option', { name: channel, exact: true }).click();
    await dialog.getByLabel('Diterima').fill('2026-01-10T09:00');
    await dialog.getByLabel('Tanggapan pertama').fill('2026-01-10T13:30');
    await dialog.getByLabel('Selesai').first().fill('2026-01-14T10:00');
    await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(reference)).toBeVisible();
  }

  // The service-user survey: a public link, then 30 answers from 30 devices. The first through the page a
  // service user opens from the poster, on a phone; the rest through the same public endpoint, each from a
  // fresh request context (its own device cookie).
  await page.getByRole('button', { name: 'Buat tautan survei' }).click();
  const link = await page.getByRole('textbox', { name: 'Tautan survei' }).inputValue();
  const code = new URL(link).pathname.split('/').pop() ?? '';
  expect(code).not.toBe('');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
  const surveyPage = await phone.newPage();
  await surveyPage.goto(`${baseURL}/s/${code}`);
  const fieldsets = surveyPage.locator('fieldset');
  for (let index = 0; index < (await fieldsets.count()); index += 1)
    await fieldsets.nth(index).locator('input[type=radio]').last().check();
  await surveyPage.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expect(surveyPage.locator('body')).toContainText('1/30');
  await phone.close();
  for (let device = 2; device <= 30; device += 1) {
    // Each phone its own browser: one client (address + user agent) may answer a unit 20 times an hour.
    const context = await request.newContext({
      baseURL,
      userAgent: `Mozilla/5.0 (Linux; Android 13; HP-${device})`,
    });
    const survey = await (await context.get(`/api/public/surveys/${code}`)).json();
    const levels = Object.fromEntries(
      survey.questions.map((question: { indicatorCode: string; levels: { value: number }[] }) => [
        question.indicatorCode,
        question.levels[device % question.levels.length]?.value ?? 0,
      ]),
    );
    const sent = await context.post(`/api/public/surveys/${code}`, { data: { levels } });
    expect(sent.status(), await sent.text()).toBe(201);
    await context.dispose();
  }
  await page.reload();
  await expect(page.getByText('30/30 responden')).toBeVisible();

  // Submitting lists what is missing: the service pledge's document.
  await page.getByRole('button', { name: 'Ajukan untuk verifikasi' }).click();
  const missing = page.getByTestId('submission-missing');
  await expect(missing).toContainText('Unit belum dapat diajukan');
  await expect(missing).toContainText('PRS-06');
  const documents = accordionItem(page, /^Pemeriksaan dokumen/);
  if (!(await documents.getByRole('region', { name: 'PRS-06', exact: true }).isVisible()))
    await documents.getByRole('button', { name: /^Pemeriksaan dokumen/ }).click();
  await attach(documents, 'PRS-06', 'maklumat-pelayanan.jpg', 'image/jpeg', photo);
  // The photo goes through the outbox (downscaled, then uploaded): submitting waits for it.
  await submitRightAway(page);
  await signOut(page);

  // The verifier returns it with a note on the service pledge.
  await signInAs(page, demoUsers.verifier);
  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitId}`);
  await expect(page.getByTestId('unit-status')).toHaveText('Diajukan');
  await page.getByRole('button', { name: 'Kembalikan dengan catatan' }).click();
  const returning = page.getByRole('dialog', { name: 'Kembalikan unit ke asesor' });
  await returning.getByRole('combobox', { name: 'Indikator catatan 1' }).fill('PRS-06');
  await page.getByRole('option', { name: /^PRS-06 — / }).click();
  await returning
    .getByLabel('Isi catatan 1')
    .fill('Foto maklumat pelayanan tidak terbaca; unggah foto yang jelas.');
  await returning.getByRole('button', { name: 'Kembalikan', exact: true }).click();
  await expect(returning).toHaveCount(0);
  await expect(page.getByTestId('unit-status')).toHaveText('Dikembalikan');
  await signOut(page);

  // The assessor sees the note beside the indicator, adds a clear photo and submits again.
  await signInAs(page, demoUsers.assessor);
  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitId}`);
  await expect(page.getByTestId('unit-status')).toHaveText('Dikembalikan');
  await expect(page.getByTestId('review-notes')).toContainText('Foto maklumat pelayanan tidak terbaca');
  const documentsAgain = accordionItem(page, /^Pemeriksaan dokumen/);
  await documentsAgain.getByRole('button', { name: /^Pemeriksaan dokumen/ }).click();
  const pledge = documentsAgain.getByRole('region', { name: 'PRS-06', exact: true });
  await expect(pledge).toContainText('Foto maklumat pelayanan tidak terbaca');
  await attach(documentsAgain, 'PRS-06', 'maklumat-pelayanan-jelas.jpg', 'image/jpeg', photo);
  await submitRightAway(page);
  await expect(page.getByTestId('review-notes')).toContainText('ditindaklanjuti');
  await signOut(page);

  // The verifier verifies it.
  await signInAs(page, demoUsers.verifier);
  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitId}`);
  await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
  await expect(page.getByTestId('unit-status')).toHaveText('Terverifikasi');
  await signOut(page);

  // The Sumsel coordinator approves Muba, then follows the progress of the cycle down to the unit.
  await signInAs(page, demoUsers.coordinator);
  await page.goto(`/siklus/${year}/lokus/16.06`);
  const approval = page.getByRole('region', { name: 'Persetujuan entitas' });
  await expect(approval).toContainText('1 dari 1 unit terverifikasi');
  await approval.getByRole('button', { name: 'Setujui entitas' }).click();
  await expect(page.getByTestId('locus-approval')).toHaveText('Disetujui koordinator');
  await expect(approval).toContainText('Disetujui oleh');
  await page.goto(`/siklus/${year}`);
  await page.getByRole('link', { name: /Progres pengumpulan data/ }).click();
  await expect(page.getByRole('heading', { name: `Progres pengumpulan data ${year}` })).toBeVisible();
  await page.getByRole('button', { name: 'Kab. Musi Banyuasin' }).click();
  const units = page.getByRole('table', { name: 'Unit' });
  await expect(units.getByTestId('unit-status')).toHaveText('Terverifikasi');
  await expect(units.getByRole('progressbar', { name: `Survei ${unitName}` })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await units.getByRole('link', { name: unitName }).click();
  await expect(page).toHaveURL(new RegExp(`/unit/${unitId}$`));
});

/** The accordion item (interview of one official, or one checklist) whose control matches `name`. */
function accordionItem(page: Page, name: RegExp): Locator {
  return page.locator('.mantine-Accordion-item').filter({ has: page.getByRole('button', { name }) });
}

/** Attaches a file to a question's evidence through its file picker and waits for it in the list. */
async function attach(scope: Locator, indicatorCode: string, name: string, mimeType: string, buffer: Buffer) {
  const question = scope.getByRole('region', { name: indicatorCode, exact: true });
  await question
    .getByLabel(new RegExp(`^Pilih berkas \\(foto atau PDF\\) ${indicatorCode}`))
    .setInputFiles({ name, mimeType, buffer });
  await expect(question.getByText(name).first()).toBeVisible();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Submits the unit right after a photo was attached: the photo is still being downscaled or uploaded, and the
 * submission sends the unit's outbox first, so it must go through at the first press.
 */
async function submitRightAway(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ajukan untuk verifikasi' }).click();
  await expect(page.getByTestId('unit-status')).toHaveText('Diajukan', { timeout: 30_000 });
}
