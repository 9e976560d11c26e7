import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import { seedDemoUsers } from '../../src/server/use-cases/seed-demo-users';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

/** Muba's 2024 entry meeting (domain.md §1): 3 June 2024, 09.00 WIB. */
const mubaEntryMeeting = {
  heldAt: '2024-06-03T09:00:00+07:00',
  place: 'Ruang Rapat Sekretaris Daerah Kabupaten Musi Banyuasin, Sekayu',
  openedBy: 'Sekretaris Daerah atas nama Penjabat Bupati Musi Banyuasin',
  agenda: 'Penjelasan metode Penilaian Kepatuhan 2024 dan jadwal pengambilan data.',
  minutes:
    'Rapat dibuka oleh Sekda.\n\nTim Ombudsman menjelaskan enam lokus: Dinas Sosial, Dinas Pendidikan, Disdukcapil, DPMPTSP, Puskesmas Ulak Paceh dan Puskesmas Tanjung Kerang.',
  attendees: [
    { name: 'Andi Saputra', jobTitle: 'Kabag Organisasi', institution: 'Setda Muba' },
    { name: 'Sri Wahyuni', jobTitle: 'Kepala Dinas', institution: 'Dinas Sosial' },
    { name: 'Budi Santoso', jobTitle: 'Kepala Puskesmas', institution: 'Puskesmas Ulak Paceh' },
    {
      name: 'Rina Marlina',
      jobTitle: 'Kepala Keasistenan Pencegahan',
      institution: 'Ombudsman RI Perwakilan Sumatera Selatan',
    },
  ],
};
const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

describe.each(testEngines())('entry meetings, printable minutes and attachments on $name', (engine) => {
  let app: PatuhApp;
  let database: DatabaseConnection;
  let dataDir: string;
  const cookie = { admin: '', coordinator: '', liaison: '', assessor: '' };
  const base = '/api/cycles/2024/loci/16.06/meetings/entry';
  const call = (method: 'GET' | 'PUT' | 'PATCH', url: string, who: keyof typeof cookie, payload?: object) =>
    app.inject({ method, url, headers: { cookie: cookie[who] }, ...(payload ? { payload } : {}) });
  const upload = (fileName: string, bytes: Buffer, contentType: string) =>
    app.inject({
      method: 'POST',
      url: `${base}/attachments?fileName=${encodeURIComponent(fileName)}`,
      headers: { cookie: cookie.coordinator, 'content-type': contentType },
      payload: bytes,
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-meetings-'));
    database = await engine.open();
    await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    await seedDemoUsers(database.db, commandLineAuditContext);
    app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', PATUH_DATA_DIR: dataDir }), database });
    await app.ready();
    for (const role of Object.keys(cookie) as (keyof typeof cookie)[])
      cookie[role] = await signInAs(app, demoEmailByRole[role]);
    await planMubaLocus(app, cookie.admin);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records Muba’s entry meeting; the liaison and the assigned assessor read it, only staff edit it', async () => {
    expect((await call('GET', base, 'coordinator')).statusCode).toBe(404);
    const saved = await call('PUT', base, 'coordinator', mubaEntryMeeting);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      kind: 'entry',
      entityCode: '16.06',
      heldAt: '2024-06-03T02:00:00.000Z',
      attendees: mubaEntryMeeting.attendees,
    });
    expect((await call('GET', base, 'liaison')).json().place).toBe(mubaEntryMeeting.place);
    expect((await call('GET', base, 'assessor')).statusCode).toBe(200);
    expect((await call('PUT', base, 'liaison', mubaEntryMeeting)).statusCode).toBe(403);
    expect((await call('GET', '/api/cycles/2024/loci/31.71/meetings/entry', 'coordinator')).statusCode).toBe(
      404,
    );
  });

  it('prints the minutes and the attendance list as A4 PDFs in Indonesian', async () => {
    const minutes = await call('GET', `${base}/minutes.pdf`, 'liaison');
    expect(minutes.statusCode).toBe(200);
    expect(minutes.headers['content-type']).toBe('application/pdf');
    const text = pdfText(minutes.rawPayload);
    expect(text).toContain('OMBUDSMAN REPUBLIK INDONESIA PERWAKILAN PROVINSI SUMATERA SELATAN');
    expect(text).toContain('NOTULEN RAPAT');
    expect(text).toContain('Senin, 3 Juni 2024 pukul 09.00 WIB');
    expect(text).toContain('Sekretaris Daerah atas nama Penjabat Bupati');
    expect(text).toContain('Puskesmas Tanjung Kerang');
    const attendance = pdfText((await call('GET', `${base}/attendance.pdf`, 'coordinator')).rawPayload);
    expect(attendance).toContain('DAFTAR HADIR');
    expect(attendance).toContain('Tanda tangan');
    expect(attendance).toContain('Andi Saputra');
    expect(attendance).toContain('Kabag Organisasi');
    expect(pdfPageSize(minutes.rawPayload)).toBe('595.28 x 841.89');
    // The signature block: the first attendee of each side signs, with their position.
    const signatureBlock = text.slice(text.indexOf('Yang menandatangani notulen ini:'));
    expect(signatureBlock).not.toBe(text);
    for (const printed of [
      'Untuk Ombudsman Republik Indonesia Perwakilan',
      'Untuk Pemerintah Kabupaten Musi Banyuasin',
      'Kepala Keasistenan Pencegahan',
      'Rina Marlina',
      'Kabag Organisasi',
      'Andi Saputra',
    ])
      expect(signatureBlock).toContain(printed);
    expect(signatureBlock).not.toContain('Sri Wahyuni');
    // Every font is embedded (pdffonts "emb" column).
    for (const pdf of [minutes.rawPayload]) expect(unembeddedFonts(pdf)).toEqual([]);
  });

  it('stores an attachment once by content, sniffs its type and refuses other files clearly', async () => {
    const first = await upload('undangan rapat.pdf', tinyPdf, 'application/pdf');
    expect(first.statusCode).toBe(201);
    const again = await upload('undangan-lagi.pdf', tinyPdf, 'application/octet-stream');
    expect(again.statusCode).toBe(201);
    expect(again.json().attachments).toHaveLength(1);
    expect(readdirSync(path.join(dataDir, 'files'))).toHaveLength(1);
    const [attachment] = again.json().attachments;
    expect(attachment).toMatchObject({ fileName: 'undangan rapat.pdf', mediaType: 'application/pdf' });
    const download = await call('GET', `${base}/attachments/${attachment.sha256}`, 'liaison');
    expect(download.rawPayload.equals(tinyPdf)).toBe(true);

    const disguised = await upload('foto.png', Buffer.from('MZ this is not an image'), 'image/png');
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error.message).toBe(
      'Jenis berkas tidak didukung: unggah PDF, JPEG, PNG atau WebP.',
    );
    const huge = Buffer.concat([tinyPdf, Buffer.alloc(20 * 1024 * 1024)]);
    const tooLarge = await upload('besar.pdf', huge, 'application/pdf');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toBe('Isi permintaan terlalu besar (maksimal 20 MB).');
    expect(readdirSync(path.join(dataDir, 'files'))).toHaveLength(1);
  });

  it('refuses to change the entry meeting outside the entry-meetings phase', async () => {
    await call('PATCH', '/api/cycles/2024', 'admin', { phases: phasesAround('data-collection') });
    const closed = await call('PUT', base, 'coordinator', mubaEntryMeeting);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.message).toBe(
      'Pencatatan rapat pembukaan hanya dapat dilakukan pada tahap Rapat pembukaan (entry meeting); sekarang tahap Pengumpulan data.',
    );
    expect((await upload('lagi.pdf', tinyPdf, 'application/pdf')).statusCode).toBe(409);
    expect((await call('GET', `${base}/minutes.pdf`, 'coordinator')).statusCode).toBe(200);
  });
});

function pdfText(bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'patuh-pdf-')), 'document.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
}

/** Fonts pdffonts lists as not embedded (the "emb" column, fifth from the end); the list must not be empty. */
function unembeddedFonts(bytes: Buffer): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'patuh-pdf-')), 'document.pdf');
  writeFileSync(file, bytes);
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  if (rows.length === 0) throw new Error('pdffonts lists no font');
  return rows.filter((row) => row.trim().split(/\s+/).at(-5) !== 'yes');
}

function pdfPageSize(bytes: Buffer): string | undefined {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'patuh-pdf-')), 'document.pdf');
  writeFileSync(file, bytes);
  return /Page size:\s+([\d.]+ x [\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1];
}
