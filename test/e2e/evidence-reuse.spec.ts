import { expect, type Locator, type Page, test } from '@playwright/test';
import { jpegWithExif } from '../helpers/exif-jpeg-factory';
import { demoUsers, signInAs, signOut } from './helpers/accounts';
import { api, openDataCollection } from './helpers/data-collection';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2051;
/** One photo of the service room, taken in Sekayu during the visit. */
const roomPhoto = jpegWithExif({
  dateTimeOriginal: '2024:06:05 10:15:30',
  latitude: { dms: [2, 53, 15.6], ref: 'S' },
  longitude: { dms: [103, 50, 52.8], ref: 'E' },
  payload: 'ruang pelayanan dinas sosial',
});
const fileName = 'ruang-pelayanan.jpg';

function accordionItem(page: Page, name: RegExp): Locator {
  return page.locator('.mantine-Accordion-item').filter({ has: page.getByRole('button', { name }) });
}

test('an assessor attaches one photo to three indicators without uploading it again; the score card says what the missing evidence cost', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, demoUsers.admin);
  const unitId = await openDataCollection(page, year);
  await signOut(page);

  await signInAs(page, demoUsers.assessor);
  const unitApi = `/api/cycles/${year}/loci/16.06/units/${unitId}`;
  // PRS-02 claimed at level 3 with no document yet: under required-or-lowest-level it counts as 0.
  await api(page, 'PUT', `${unitApi}/answers`, {
    respondentId: null,
    indicatorCode: 'PRS-02',
    level: 3,
    note: 'Standar pelayanan terpampang di ruang pelayanan.',
    expectedVersion: 0,
  });
  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitId}`);
  const cost = page.getByTestId('missing-evidence-cost');
  await expect(cost).toContainText(/^Bukti yang belum ada mengurangi \d+,\d{2} poin \(1 jawaban\)/);
  await expect(cost).toContainText('PRS-02');
  await expect(cost).toContainText('tingkat 3 dihitung 0 tanpa bukti');
  const before = Number(
    ((await page.getByTestId('provisional-score-value').textContent()) ?? '').replace(',', '.'),
  );
  const points = Number(
    (/mengurangi (\d+,\d{2})/.exec((await cost.textContent()) ?? '')?.[1] ?? '').replace(',', '.'),
  );
  expect(points).toBeGreaterThan(0);

  const documents = accordionItem(page, /^Pemeriksaan dokumen/);
  await documents.getByRole('button', { name: /^Pemeriksaan dokumen/ }).click();
  const question = (code: string) => documents.getByRole('region', { name: code, exact: true });
  await question('PRS-01')
    .getByLabel(/^Pilih berkas \(foto atau PDF\) PRS-01/)
    .setInputFiles({ name: fileName, mimeType: 'image/jpeg', buffer: roomPhoto });
  // Once the photo is on the server, every other indicator of the unit offers it.
  for (const code of ['PRS-02', 'PRS-03']) {
    await question(code)
      .getByRole('button', { name: `Pakai bukti yang sudah ada (1) ${code}` })
      .click({ timeout: 30_000 });
    await page.getByRole('menuitem', { name: `${fileName} · dari PRS-01` }).click();
    await expect(question(code).getByRole('link', { name: `Unduh ${fileName}` })).toBeVisible();
  }
  // Attached everywhere: nothing more to offer on the three, and the cost is gone with PRS-02's evidence.
  for (const code of ['PRS-01', 'PRS-02', 'PRS-03'])
    await expect(question(code).getByRole('button', { name: /^Pakai bukti yang sudah ada/ })).toHaveCount(0, {
      timeout: 30_000,
    });
  await expect(cost).toHaveCount(0, { timeout: 30_000 });
  const after = Number(
    ((await page.getByTestId('provisional-score-value').textContent()) ?? '').replace(',', '.'),
  );
  expect(Math.round((after - before) * 100)).toBe(Math.round(points * 100));

  // On the server: three items, one stored file, no duplicate flag between them.
  const collection = await api(page, 'GET', `${unitApi}/collection`);
  type Item = { sha256: string; integrityFlags: { code: string }[] };
  const items: Item[] = collection.answers
    .filter((answer: { indicatorCode: string }) =>
      ['PRS-01', 'PRS-02', 'PRS-03'].includes(answer.indicatorCode),
    )
    .flatMap((answer: { evidence: Item[] }) => answer.evidence);
  expect(items).toHaveLength(3);
  expect(new Set(items.map((item) => item.sha256)).size).toBe(1);
  expect(items.flatMap((item) => item.integrityFlags.map((flag) => flag.code))).not.toContain('duplicate');

  // The locus page links the evidence ZIP for the team: the one photo under each of its three indicators.
  await page.goto(`/siklus/${year}/lokus/16.06`);
  const zipLink = page.getByRole('link', { name: 'Unduh semua bukti lokus (ZIP)' });
  await expect(zipLink).toBeVisible();
  const zip = await page.request.get((await zipLink.getAttribute('href')) ?? '');
  expect(zip.status()).toBe(200);
  expect(zip.headers()['x-evidence-files']).toBe('3');
  await signOut(page);

  // A liaison reads the locus but not the field data: no ZIP link.
  await signInAs(page, demoUsers.liaison);
  await page.goto(`/siklus/${year}/lokus/16.06`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Unduh semua bukti lokus (ZIP)' })).toHaveCount(0);
});
