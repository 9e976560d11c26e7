import { expect, test } from '@playwright/test';
import { jpegWithExif } from '../helpers/exif-jpeg-factory';
import { demoUsers, signInAs, signOut } from './helpers/accounts';
import { openDataCollection } from './helpers/data-collection';

// A year of its own, so this journey meets no other journey's cycle in a shared run.
const year = 2031;

test('an assessor attaches a photo with its EXIF place, sees a refused file explained, and records complaints', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, demoUsers.admin);
  const unitId = await openDataCollection(page, year);
  await signOut(page);

  await signInAs(page, demoUsers.assessor);
  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitId}`);
  await page.getByRole('button', { name: /Observasi/ }).click();
  const question = page.getByRole('region', { name: 'INP-S07' }).first();
  await expect(question.getByText(/Indikator ini memerlukan bukti dukung/)).toBeVisible();

  // A photo from the service room, its EXIF position kept.
  await question.getByLabel('Pilih berkas (foto atau PDF) INP-S07').setInputFiles({
    name: 'ruang tunggu.jpg',
    mimeType: 'image/jpeg',
    buffer: jpegWithExif({
      dateTimeOriginal: '2024:06:05 10:15:30',
      latitude: { dms: [2, 53, 15.6], ref: 'S' },
      longitude: { dms: [103, 50, 52.8], ref: 'E' },
    }),
  });
  await expect(question.getByRole('link', { name: 'Unduh ruang tunggu.jpg' })).toBeVisible();
  await expect(question.getByText('Lokasi -2.88767, 103.84800')).toBeVisible();
  await expect(question.getByText(/Indikator ini memerlukan bukti dukung/)).toHaveCount(0);

  // A program renamed .jpg: the server's reason, named.
  await question.getByLabel('Pilih berkas (foto atau PDF) INP-S07').setInputFiles({
    name: 'foto.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(2048, 0x41)]),
  });
  // It waits in the outbox like any photo; the server's refusal is shown on it, with a way to discard it.
  await expect(question.getByText(/^Ditolak: Jenis berkas tidak didukung/)).toBeVisible({ timeout: 30_000 });
  await question.getByRole('button', { name: 'Buang perubahan ini' }).click();
  await expect(question.getByText(/^Ditolak: /)).toHaveCount(0);

  // A complaint from SP4N-LAPOR!: answered after 6 hours, settled after 4 days.
  const card = page.getByRole('region', { name: 'Sampel pengaduan' });
  await expect(card.getByText(/mendukung penilaian indikator Pengaduan/)).toBeVisible();
  await card.getByRole('button', { name: 'Tambah pengaduan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah pengaduan' });
  await dialog.getByLabel('Nomor register').fill('LAPOR-2024-0117');
  await dialog.getByLabel('Diterima').fill('2024-03-04T09:00');
  await dialog.getByLabel('Tanggapan pertama').fill('2024-03-04T07:00');
  await dialog.getByLabel('Selesai', { exact: true }).fill('2024-03-08T09:00');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('Tanggapan pertama tidak boleh sebelum pengaduan diterima.')).toBeVisible();
  await dialog.getByLabel('Tanggapan pertama').fill('2024-03-04T15:00');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByText('LAPOR-2024-0117')).toBeVisible();
  await expect(card.getByText('SP4N-LAPOR!')).toBeVisible();
  const speed = card.getByRole('group', { name: 'Kecepatan penanganan' });
  await expect(speed).toContainText('Tanggapan pertama · Median6 jam');
  await expect(speed).toContainText('Penyelesaian · Persentil ke-904 hari');
});
