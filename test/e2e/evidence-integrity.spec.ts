import { expect, test } from '@playwright/test';
import { phasesAround } from '../helpers/cycle-factory';
import { jpegWithExif } from '../helpers/exif-jpeg-factory';
import { demoUsers, signInAs, signOut } from './helpers/accounts';
import { api } from './helpers/data-collection';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2041;
/** Sekayu, the capital of Musi Banyuasin. */
const sekayu = { latitude: -2.8876, longitude: 103.848 };
/** A photo whose EXIF says it was taken in Jakarta in March 2019. */
const jakarta2019 = jpegWithExif({
  dateTimeOriginal: '2019:03:14 09:00:00',
  offsetTimeOriginal: '+07:00',
  latitude: { dms: [6, 12, 0], ref: 'S' },
  longitude: { dms: [106, 49, 0], ref: 'E' },
  payload: 'jakarta 2019',
});

test('a 2019 photo from Jakarta is flagged on a Sekayu unit, a copy on another unit is a duplicate, and a rejected flag lowers the score', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, demoUsers.admin);
  // Two Musi Banyuasin units placed in Sekayu, in a cycle collecting data, with the demo team.
  await api(page, 'POST', '/api/cycles', {
    year,
    methodologyRef: 'ombudsman-kepatuhan@2024r1',
    phases: phasesAround('entry-meetings'),
    decreeNumber: null,
    decreeDate: null,
    embargoAt: null,
  });
  const entity = await api(page, 'GET', '/api/entities/16.06');
  const unitIds: string[] = [];
  for (const [unitTypeCode, name] of [
    ['dinas-sosial', 'Dinas Sosial'],
    ['dinas-pendidikan', 'Dinas Pendidikan'],
  ] as const) {
    const existing = entity.units.find((unit: { name: string }) => unit.name === name);
    const id: string =
      existing?.id ?? (await api(page, 'POST', '/api/entities/16.06/units', { unitTypeCode, name })).id;
    await api(page, 'PATCH', `/api/units/${id}`, sekayu);
    unitIds.push(id);
  }
  await api(page, 'PUT', `/api/cycles/${year}/loci/16.06`, { unitIds });
  const staff = await api(page, 'GET', '/api/users?provinceCode=16&pageSize=100');
  const idOf = (email: string) => staff.items.find((user: { email: string }) => user.email === email)?.id;
  await api(page, 'PUT', `/api/cycles/${year}/loci/16.06/team`, {
    assessorIds: [idOf(demoUsers.assessor)],
    verifierIds: [idOf(demoUsers.verifier)],
  });
  await api(page, 'PATCH', `/api/cycles/${year}`, { phases: phasesAround('data-collection') });
  await signOut(page);

  // The assessor attaches the same photo to INP-S07 of both units and scores the first unit's claim 3.
  await signInAs(page, demoUsers.assessor);
  const evidenceIds: string[] = [];
  for (const unitId of unitIds) {
    const uploaded = await page.request.post(`/api/cycles/${year}/loci/16.06/units/${unitId}/evidence`, {
      multipart: {
        indicatorCode: 'INP-S07',
        file: { name: 'ruang-tunggu.jpg', mimeType: 'image/jpeg', buffer: jakarta2019 },
      },
    });
    expect(uploaded.status()).toBe(201);
    evidenceIds.push((await uploaded.json()).id);
  }
  await api(page, 'PUT', `/api/cycles/${year}/loci/16.06/units/${unitIds[0]}/answers`, {
    respondentId: null,
    indicatorCode: 'INP-S07',
    level: 3,
    note: 'Ruang tunggu tersedia.',
    expectedVersion: 1,
  });
  await signOut(page);

  // The verifier sees the flags on the first unit and rejects the distance flag.
  await signInAs(page, demoUsers.verifier);
  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitIds[0]}`);
  const score = page.getByTestId('provisional-score-value');
  await expect(score).toBeVisible();
  const before = parseScore(await score.textContent());
  await page.getByRole('button', { name: /Observasi/ }).click();
  const flags = page.getByRole('group', { name: 'Tanda integritas ruang-tunggu.jpg' });
  await expect(flags.getByText('Jauh dari lokasi unit', { exact: true })).toBeVisible();
  await expect(flags.getByText('Di luar masa pengumpulan data', { exact: true })).toBeVisible();
  await expect(flags.getByText(/Foto diambil 14 Maret 2019, di luar masa pengumpulan data/)).toBeVisible();
  await expect(flags.getByText('Foto ganda', { exact: true })).toHaveCount(0);
  await flags
    .getByRole('button', { name: 'Tolak tanda Jauh dari lokasi unit pada ruang-tunggu.jpg' })
    .click();
  await flags.getByLabel('Catatan keputusan').fill('Foto diambil di Jakarta, bukan di unit.');
  await flags.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(flags.getByText(/Ditolak oleh .*: Foto diambil di Jakarta, bukan di unit\./)).toBeVisible();
  await expect(flags.getByText('Tidak dihitung dalam penilaian (tanda ditolak).')).toBeVisible();
  await expect.poll(async () => parseScore(await score.textContent())).toBeLessThan(before);

  // The copy on the second unit is flagged as a duplicate naming the first.
  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitIds[1]}`);
  await page.getByRole('button', { name: /Observasi/ }).click();
  const copyFlags = page.getByRole('group', { name: 'Tanda integritas ruang-tunggu.jpg' });
  await expect(copyFlags.getByText('Foto ganda', { exact: true })).toBeVisible();
  await expect(copyFlags.getByText(/Foto yang sama sudah dipakai sebelumnya: 2041 .* INP-S07/)).toBeVisible();

  // The province report lists both photos.
  await page.goto(`/siklus/${year}/integritas`);
  await expect(page.getByText('2 dari 2 foto bertanda; 4 tanda menunggu keputusan.')).toBeVisible();
});

/** "93,31" (Indonesian decimal comma) → 93.31. */
function parseScore(text: string | null): number {
  const value = Number((text ?? '').replace(/\./g, '').replace(',', '.'));
  if (Number.isNaN(value)) throw new Error(`not a score: ${text}`);
  return value;
}
