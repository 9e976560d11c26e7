import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { formatCalendarDate } from '../../src/core/format';
import { demoPassword, demoUsers, signIn, signOut } from './helpers/accounts';

const phases = [
  ['Persiapan', -20, -2],
  ['Rapat pembukaan', -1, 10],
  ['Pengumpulan data', 11, 120],
  ['Verifikasi', 121, 140],
  ['Masa sanggahan', 141, 147],
  ['Penetapan', 148, 160],
  ['Publikasi', 161, 170],
  ['Penyerahan', 171, 250],
] as const;

const mubaUnits = [
  'Dinas Sosial',
  'Dinas Pendidikan',
  'Disdukcapil',
  'DPMPTSP',
  'Puskesmas Ulak Paceh',
  'Puskesmas Tanjung Kerang',
] as const;

/** A local calendar day relative to today, as a date field takes it. */
function dayFromToday(offset: number): string {
  const date = new Date(Date.now() + offset * 24 * 60 * 60 * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function pdfText(page: Page, href: string): Promise<string> {
  const response = await page.request.get(href);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'patuh-e2e-pdf-')), 'document.pdf');
  writeFileSync(file, await response.body());
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
}

test('an admin opens the 2024 cycle; the Sumsel coordinator plans Muba, its team and its entry meeting', async ({
  page,
}) => {
  test.setTimeout(180_000);

  // The admin creates the 2024 cycle on the 2024 edition; today falls in the entry-meeting phase.
  await signIn(page, demoUsers.admin, demoPassword);
  await page.getByRole('link', { name: 'Siklus', exact: true }).click();
  await page.getByRole('button', { name: 'Buat siklus' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buat siklus' });
  await dialog.getByLabel('Tahun').fill('2024');
  await dialog.getByLabel('Edisi metodologi').selectOption('ombudsman-kepatuhan@2024r1');
  for (const [phase, from, until] of phases) {
    await dialog.getByLabel(`${phase} — mulai`).fill(dayFromToday(from));
    await dialog.getByLabel(`${phase} — sampai dengan`).fill(dayFromToday(until));
  }
  await dialog.getByRole('button', { name: 'Buat siklus' }).click();
  await expect(page.getByRole('heading', { name: 'Siklus 2024', level: 1 })).toBeVisible();
  await expect(page.getByText('Tahap: Rapat pembukaan')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Rapat pembukaan' })).toHaveAttribute(
    'aria-current',
    'step',
  );
  // The admin records the decree fixing the results and the publication embargo.
  await page.getByRole('button', { name: 'Ubah jadwal' }).click();
  await page.getByLabel('Nomor SK penetapan').fill('SK 252/2024');
  // The decree is dated in determination (days 148–160), the embargo lifts during publication (161–170).
  await page.getByLabel('Tanggal SK').fill(dayFromToday(150));
  await page.getByLabel('Embargo publikasi (tanggal dan jam)').fill(`${dayFromToday(162)}T10:00`);
  await page.getByRole('button', { name: 'Simpan jadwal' }).click();
  await expect(page.getByTestId('cycle-decree')).toContainText(
    `SK 252/2024 (${formatCalendarDate(dayFromToday(150), 'id')})`,
  );
  await expect(page.getByTestId('cycle-decree')).toContainText('Embargo publikasi');
  await signOut(page);

  // The coordinator finds Muba's six units in the directory (the demo's 2025 cycle assessed them already;
  // adding units is covered by directory-admin.spec.ts).
  await signIn(page, demoUsers.coordinator, demoPassword);
  await page.getByRole('link', { name: 'Direktori', exact: true }).click();
  await page.getByLabel('Cari entitas').fill('musi banyuasin');
  await page.getByRole('button', { name: 'Unit layanan Kab. Musi Banyuasin' }).click();
  for (const name of mubaUnits) {
    await expect(page.getByRole('listitem').filter({ hasText: name }).first()).toBeVisible();
  }

  // …selects Muba as a locus of the 2024 cycle with its six units…
  await page.getByRole('link', { name: 'Siklus', exact: true }).click();
  await page.getByRole('link', { name: 'Buka siklus 2024' }).click();
  await page.getByRole('combobox', { name: 'Pilih entitas' }).fill('Musi Banyuasin');
  await page.getByRole('option', { name: 'Kab. Musi Banyuasin (16.06)' }).click();
  await expect(page.getByText('belum menjadi lokus siklus 2024')).toBeVisible();
  const units = page.getByRole('region', { name: 'Unit yang dinilai' });
  for (const name of mubaUnits) await expect(units.getByLabel(name)).toBeChecked();
  await units.getByRole('button', { name: 'Jadikan lokus' }).click();
  // Saved: the entity is now a locus, so the button edits its selection.
  await expect(units.getByRole('button', { name: 'Simpan pilihan unit' })).toBeVisible();
  const plan = page.getByRole('region', { name: 'Rencana responden' });
  await expect(plan).toContainText('Petugas pengaduan yang ditunjuk dengan SK');
  await expect(plan).toContainText('0/60 responden tercatat');

  // …assigns the assessor…
  const team = page.getByRole('region', { name: 'Tim lokus' });
  await team.getByLabel('Asesor', { exact: true }).click();
  await page.getByRole('option', { name: /Asesor Sumatera Selatan/ }).click();
  await team.getByRole('button', { name: 'Simpan tim' }).click();
  await expect(team.getByText('Tim disimpan.')).toBeVisible();

  // …records the entry meeting of 3 June 2024 and prints its minutes.
  const meeting = page.getByRole('region', { name: 'Rapat pembukaan (entry meeting)' });
  await meeting.getByLabel('Tanggal dan jam (WIB)').fill('2024-06-03T09:00');
  await meeting.getByLabel('Tempat').fill('Ruang Rapat Sekretaris Daerah Kabupaten Musi Banyuasin');
  await meeting.getByLabel('Dibuka oleh').fill('Sekretaris Daerah atas nama Penjabat Bupati Musi Banyuasin');
  await meeting.getByLabel('Agenda').fill('Penjelasan metode dan jadwal Penilaian Kepatuhan 2024');
  await meeting.getByLabel('Notulen').fill('Rapat dibuka oleh Sekda. Semua unit lokus hadir.');
  const attendees = [
    ['Andi Saputra', 'Kabag Organisasi', 'Setda Muba'],
    ['Sri Wahyuni', 'Kepala Dinas', 'Dinas Sosial'],
    ['Budi Santoso', 'Kepala Puskesmas', 'Puskesmas Ulak Paceh'],
  ];
  for (const [index, [name, jobTitle, institution]] of attendees.entries()) {
    if (index > 0) await meeting.getByRole('button', { name: 'Tambah peserta' }).click();
    await meeting.getByLabel(`Nama peserta ${index + 1}`).fill(name ?? '');
    await meeting.getByLabel(`Jabatan peserta ${index + 1}`).fill(jobTitle ?? '');
    await meeting.getByLabel(`Instansi peserta ${index + 1}`).fill(institution ?? '');
  }
  await meeting.getByRole('button', { name: 'Simpan rapat' }).click();
  await expect(meeting.getByText('Catatan rapat disimpan.')).toBeVisible();
  // The exit meeting belongs to a later phase: its button is disabled and the page says why.
  const exitMeeting = page.getByRole('region', { name: 'Rapat penutupan (exit meeting)' });
  await expect(exitMeeting.getByRole('button', { name: 'Simpan rapat' })).toBeDisabled();
  await expect(exitMeeting).toContainText(
    'Pencatatan rapat penutupan hanya dapat dilakukan pada tahap Pengumpulan data atau Verifikasi; sekarang tahap Rapat pembukaan',
  );
  const minutesLink = meeting.getByRole('link', { name: 'Cetak notulen (PDF)' });
  const minutes = await pdfText(page, (await minutesLink.getAttribute('href')) ?? '');
  expect(minutes).toContain('NOTULEN RAPAT');
  expect(minutes).toContain('Pemerintah Kabupaten Musi Banyuasin');
  expect(minutes).toContain('Senin, 3 Juni 2024 pukul 09.00 WIB');
  expect(minutes).toContain('Sekretaris Daerah atas nama Penjabat Bupati');
  expect(minutes).toContain('Budi Santoso');
  const attendance = await pdfText(
    page,
    (await meeting.getByRole('link', { name: 'Cetak daftar hadir (PDF)' }).getAttribute('href')) ?? '',
  );
  expect(attendance).toContain('DAFTAR HADIR');
  expect(attendance).toContain('Tanda tangan');

  // An import file with one bad row writes nothing and names that row.
  await page.getByRole('link', { name: /Kembali ke siklus 2024/ }).click();
  const imports = page.getByRole('region', { name: 'Impor dan ekspor lokus' });
  await imports.locator('input[type="file"]').setInputFiles({
    name: 'lokus-sumsel.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'kode_entitas,jenis_unit,nama_unit\n16.73,disdukcapil,Disdukcapil\n16.71,dinas-rahasia,Dinas Rahasia\n',
    ),
  });
  await imports.getByRole('button', { name: 'Impor', exact: true }).click();
  const problems = imports.getByRole('alert');
  await expect(problems).toContainText('Impor ditolak: 1 kesalahan. Tidak ada data yang ditulis.');
  await expect(problems.getByRole('row').nth(1)).toContainText('3jenis_unitdinas-rahasia');
  await expect(problems.getByRole('link', { name: 'Unduh daftar kesalahan (CSV)' })).toHaveAttribute(
    'download',
    'kesalahan-impor-lokus-2024.csv',
  );
  const loci = page.getByRole('table', { name: 'Lokus' });
  await expect(loci.getByRole('row')).toHaveCount(2);
  await expect(loci).not.toContainText('Lubuklinggau');
  await signOut(page);

  // The assessor finds Muba on the home page, nothing recorded yet.
  await signIn(page, demoUsers.assessor, demoPassword);
  const myLoci = page.getByRole('region', { name: 'Lokus saya' });
  await expect(myLoci.getByRole('link', { name: 'Kab. Musi Banyuasin · 2024' })).toBeVisible();
  await expect(myLoci).toContainText('0/60 responden tercatat');
  await signOut(page);

  // Taking Muba out again is refused, with the reason: its entry meeting is on record.
  await signIn(page, demoUsers.coordinator, demoPassword);
  await page.getByRole('link', { name: 'Siklus', exact: true }).click();
  await page.getByRole('link', { name: 'Buka siklus 2024' }).click();
  const lociTable = page.getByRole('table', { name: 'Lokus' });
  await lociTable.getByRole('button', { name: 'Keluarkan Kab. Musi Banyuasin dari siklus' }).click();
  await lociTable.getByRole('button', { name: 'Ya, keluarkan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'sudah memiliki catatan rapat' })).toHaveText(
    'Kab. Musi Banyuasin sudah memiliki catatan rapat; lokus ini tidak dapat dihapus.',
  );
  await expect(lociTable.getByRole('link', { name: 'Kab. Musi Banyuasin' })).toBeVisible();
});
