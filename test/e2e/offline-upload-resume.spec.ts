import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { demoUsers, signInAs, signOut } from './helpers/accounts';
import { api, openDataCollection } from './helpers/data-collection';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2045;

test.use({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });

/** About 1 MB of PNG that does not compress: several chunks of the resumable upload. */
function noisyPhoto(): Buffer {
  const png = new PNG({ width: 520, height: 520 });
  let seed = 7;
  for (let index = 0; index < png.data.length; index += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    png.data[index] = index % 4 === 3 ? 255 : seed % 256;
  }
  return PNG.sync.write(png);
}

test('a photo upload cut off halfway resumes where the server stopped and is attached once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, demoUsers.admin);
  const unitId = await openDataCollection(page, year);
  await signOut(page);
  await signInAs(page, demoUsers.assessor);

  // The connection drops during the second chunk, once.
  const offsets: number[] = [];
  let cut = false;
  await page.route('**/api/uploads/*?offset=*', async (route) => {
    const offset = Number(new URL(route.request().url()).searchParams.get('offset'));
    offsets.push(offset);
    if (!cut && offset > 0) {
      cut = true;
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });

  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitId}`);
  await page.getByRole('button', { name: /^Observasi/ }).click();
  const question = page.getByRole('region', { name: 'INP-S07' }).first();
  const bytes = noisyPhoto();
  await question
    .getByLabel('Pilih berkas (foto atau PDF) INP-S07')
    .setInputFiles({ name: 'loket.png', mimeType: 'image/png', buffer: bytes });
  await expect(question.getByRole('link', { name: 'Unduh loket.png' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status', { name: 'Status sinkronisasi: Semua tersimpan' })).toBeVisible();

  // Each chunk the server had was sent once; the cut one was sent again from the same offset.
  expect(cut).toBe(true);
  const cutOffset = offsets.find((offset) => offset > 0) ?? -1;
  expect(offsets.filter((offset) => offset === 0)).toHaveLength(1);
  expect(offsets.filter((offset) => offset === cutOffset)).toHaveLength(2);
  expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  expect(offsets.length).toBeGreaterThanOrEqual(3);

  const collection = await api(page, 'GET', `/api/cycles/${year}/loci/16.06/units/${unitId}/collection`);
  const evidence = collection.answers.flatMap(
    (answer: { evidence: { sizeBytes: number }[] }) => answer.evidence,
  );
  expect(evidence).toHaveLength(1);
  expect(evidence[0]).toMatchObject({ fileName: 'loket.png', sizeBytes: bytes.length });
});
