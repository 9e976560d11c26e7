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
import { phasesAround, planMubaLocus, tinyPdf } from '../helpers/cycle-factory';
import { jpegWithExif } from '../helpers/exif-jpeg-factory';
import { multipartBody } from '../helpers/multipart-body';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

/** A photo of the service room of Dinas Sosial Musi Banyuasin, Sekayu, on 5 June 2024 at 10.15 WIB. */
const servicePhoto = jpegWithExif({
  dateTimeOriginal: '2024:06:05 10:15:30',
  latitude: { dms: [2, 53, 15.6], ref: 'S' },
  longitude: { dms: [103, 50, 52.8], ref: 'E' },
});
const photoWithoutExif = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x02, 0x10, 0x20, 0xff, 0xd9]);

describe.each(testEngines())('evidence of answers on $name', (engine) => {
  let app: PatuhApp;
  let database: DatabaseConnection;
  let dataDir: string;
  let unitIds: string[] = [];
  const cookie = { admin: '', coordinator: '', assessor: '', verifier: '', liaison: '' };
  const unitBase = (index = 0) => `/api/cycles/2024/loci/16.06/units/${unitIds[index]}/evidence`;
  const storedFileCount = () => {
    try {
      return readdirSync(path.join(dataDir, 'files')).length;
    } catch {
      return 0;
    }
  };
  const upload = (
    fields: Record<string, string>,
    file: { fileName: string; bytes: Buffer } | null,
    options: { who?: keyof typeof cookie; unit?: number; language?: string } = {},
  ) => {
    const body = multipartBody(fields, file ? [{ field: 'file', ...file }] : []);
    return app.inject({
      method: 'POST',
      url: unitBase(options.unit),
      headers: {
        cookie: cookie[options.who ?? 'assessor'],
        'content-type': body.contentType,
        ...(options.language ? { 'accept-language': options.language } : {}),
      },
      payload: body.payload,
    });
  };
  const get = (url: string, who: keyof typeof cookie = 'assessor') =>
    app.inject({ method: 'GET', url, headers: { cookie: cookie[who] } });
  const countEvidenceRows = async () => (await database.db.query.answerEvidence.findMany()).length;
  const countAnswerRows = async () => (await database.db.query.answers.findMany()).length;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-evidence-'));
    database = await engine.open();
    await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    await seedDemoUsers(database.db, commandLineAuditContext);
    app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', PATUH_DATA_DIR: dataDir }), database });
    await app.ready();
    for (const role of Object.keys(cookie) as (keyof typeof cookie)[])
      cookie[role] = await signInAs(app, demoEmailByRole[role]);
    ({ unitIds } = await planMubaLocus(app, cookie.admin));
    const opened = await app.inject({
      method: 'PATCH',
      url: '/api/cycles/2024',
      headers: { cookie: cookie.admin },
      payload: { phases: phasesAround('data-collection') },
    });
    expect(opened.statusCode).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('attaches a photo to an indicator, creating the empty answer, and keeps its EXIF time and position', async () => {
    expect(await countAnswerRows()).toBe(0);
    const response = await upload(
      { indicatorCode: 'PRS-01' },
      { fileName: 'ruang tunggu.jpg', bytes: servicePhoto },
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      fileName: 'ruang tunggu.jpg',
      mediaType: 'image/jpeg',
      sizeBytes: servicePhoto.length,
      takenAt: '2024-06-05T03:15:30.000Z',
      latitude: -2.8876667,
      longitude: 103.848,
    });
    const [answer] = await database.db.query.answers.findMany();
    expect(answer).toMatchObject({
      indicatorCode: 'PRS-01',
      respondentId: null,
      level: null,
      note: '',
      version: 1,
    });
    const audit = await get('/api/audit?action=evidence.attach', 'admin');
    expect(audit.json().items[0]).toMatchObject({
      action: 'evidence.attach',
      resourceId: response.json().id,
    });
  });

  it('stores the same file once, even on two indicators, and returns the existing item for a repeat', async () => {
    const before = storedFileCount();
    const again = await upload({ indicatorCode: 'PRS-01' }, { fileName: 'lagi.jpg', bytes: servicePhoto });
    expect(again.statusCode).toBe(201);
    const other = await upload(
      { indicatorCode: 'PRS-02' },
      { fileName: 'ruang tunggu.jpg', bytes: servicePhoto },
    );
    expect(other.statusCode).toBe(201);
    expect(other.json().id).not.toBe(again.json().id);
    expect(storedFileCount()).toBe(before);
    expect(await countEvidenceRows()).toBe(2);
  });

  it('prefers the file’s EXIF and otherwise takes the time and position the browser read before resizing', async () => {
    const browserFields = {
      indicatorCode: 'PRS-03',
      takenAt: '2024-06-06T08:00:00+07:00',
      latitude: '-2.9',
      longitude: '103.9',
    };
    const resized = await upload(browserFields, { fileName: 'diperkecil.jpg', bytes: photoWithoutExif });
    expect(resized.json()).toMatchObject({
      takenAt: '2024-06-06T01:00:00.000Z',
      latitude: -2.9,
      longitude: 103.9,
    });
    const original = await upload(
      { ...browserFields, indicatorCode: 'PRS-04' },
      { fileName: 'asli.jpg', bytes: servicePhoto },
    );
    expect(original.json()).toMatchObject({ takenAt: '2024-06-05T03:15:30.000Z', latitude: -2.8876667 });
    const pdf = await upload({ indicatorCode: 'PRS-04' }, { fileName: 'maklumat.pdf', bytes: tinyPdf });
    expect(pdf.json()).toMatchObject({ mediaType: 'application/pdf', takenAt: null, latitude: null });
  });

  it('refuses a 50 MB upload (413) and an .exe renamed .jpg (415) with nothing written', async () => {
    const files = storedFileCount();
    const evidence = await countEvidenceRows();
    const answers = await countAnswerRows();
    const huge = Buffer.concat([servicePhoto, Buffer.alloc(50 * 1024 * 1024)]);
    const tooLarge = await upload({ indicatorCode: 'PRS-05' }, { fileName: 'besar.jpg', bytes: huge });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toBe('Isi permintaan terlalu besar (maksimal 20 MB).');
    const tooLargeEn = await upload(
      { indicatorCode: 'PRS-05' },
      { fileName: 'besar.jpg', bytes: huge },
      { language: 'en' },
    );
    expect(tooLargeEn.json().error.message).toBe('The request body is too large (20 MB at most).');

    const exe = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      Buffer.alloc(4096, 0x41),
    ]);
    const disguised = await upload({ indicatorCode: 'PRS-05' }, { fileName: 'foto.jpg', bytes: exe });
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error.message).toBe(
      'Jenis berkas tidak didukung: unggah PDF, JPEG, PNG atau WebP.',
    );
    const disguisedEn = await upload(
      { indicatorCode: 'PRS-05' },
      { fileName: 'foto.jpg', bytes: exe },
      { language: 'en' },
    );
    expect(disguisedEn.json().error.message).toBe(
      'Unsupported file type: upload a PDF, JPEG, PNG or WebP file.',
    );

    const unknownIndicator = await upload(
      { indicatorCode: 'XYZ-99' },
      { fileName: 'a.jpg', bytes: servicePhoto },
    );
    expect(unknownIndicator.statusCode).toBe(400);
    expect(unknownIndicator.json().error.message).toContain('XYZ-99');
    expect((await upload({ indicatorCode: 'PRS-05' }, null)).statusCode).toBe(400);

    expect(storedFileCount()).toBe(files);
    expect(await countEvidenceRows()).toBe(evidence);
    expect(await countAnswerRows()).toBe(answers);
  });

  it('downloads a file for readers of the locus only', async () => {
    const item = (
      await upload({ indicatorCode: 'PGD-02' }, { fileName: 'SOP pengaduan.pdf', bytes: tinyPdf })
    ).json();
    const url = `${unitBase()}/${item.id}/file`;
    const download = await get(url, 'verifier');
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''SOP%20pengaduan.pdf");
    expect(download.rawPayload.equals(tinyPdf)).toBe(true);
    expect((await get(url, 'liaison')).statusCode).toBe(403);
    // Another unit's path does not reveal the file.
    expect((await get(`${unitBase(1)}/${item.id}/file`, 'verifier')).statusCode).toBe(404);
  });

  it('streams the locus’s evidence as one ZIP named <unit>/<indicator>/<file>', async () => {
    await upload(
      { indicatorCode: 'PRS-01' },
      { fileName: 'loket.jpg', bytes: jpegWithExif({ payload: 'puskesmas' }) },
      { unit: 4 },
    );
    const response = await get('/api/cycles/2024/loci/16.06/evidence.zip', 'coordinator');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const folder = mkdtempSync(path.join(tmpdir(), 'patuh-evidence-zip-'));
    const zipFile = path.join(folder, 'bukti.zip');
    writeFileSync(zipFile, response.rawPayload);
    expect(execFileSync('unzip', ['-t', zipFile], { encoding: 'utf8' })).toContain('No errors detected');
    const entries: Record<string, string> = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); print(json.dumps({n: z.read(n).hex() for n in z.namelist()}))',
          zipFile,
        ],
        { encoding: 'utf8' },
      ),
    );
    rmSync(folder, { recursive: true, force: true });
    expect(Object.keys(entries)).toEqual([
      'Dinas Sosial/PGD-02/SOP pengaduan.pdf',
      'Dinas Sosial/PRS-01/ruang tunggu.jpg',
      'Dinas Sosial/PRS-02/ruang tunggu.jpg',
      'Dinas Sosial/PRS-03/diperkecil.jpg',
      'Dinas Sosial/PRS-04/asli.jpg',
      'Dinas Sosial/PRS-04/maklumat.pdf',
      'Puskesmas Ulak Paceh/PRS-01/loket.jpg',
    ]);
    expect(entries['Dinas Sosial/PRS-01/ruang tunggu.jpg']).toBe(servicePhoto.toString('hex'));
    expect(entries['Dinas Sosial/PGD-02/SOP pengaduan.pdf']).toBe(tinyPdf.toString('hex'));
    expect((await get('/api/cycles/2024/loci/16.06/evidence.zip', 'liaison')).statusCode).toBe(403);
    expect((await get('/api/cycles/2024/loci/31.71/evidence.zip', 'coordinator')).statusCode).toBe(404);
  });

  it('deletes evidence while the unit is editable, audited, and refuses once data collection has closed', async () => {
    const item = (
      await upload({ indicatorCode: 'PRS-06' }, { fileName: 'hapus.pdf', bytes: tinyPdf })
    ).json();
    const remove = (id: string, who: keyof typeof cookie = 'assessor') =>
      app.inject({ method: 'DELETE', url: `${unitBase()}/${id}`, headers: { cookie: cookie[who] } });
    expect((await remove(item.id, 'verifier')).statusCode).toBe(403);
    expect((await remove(item.id)).statusCode).toBe(204);
    expect((await remove(item.id)).statusCode).toBe(404);
    expect((await get(`${unitBase()}/${item.id}/file`)).statusCode).toBe(404);
    const audit = await get('/api/audit?action=evidence.delete', 'admin');
    expect(audit.json().items[0]).toMatchObject({ resourceId: item.id });

    const kept = (
      await upload({ indicatorCode: 'PRS-06' }, { fileName: 'tetap.pdf', bytes: tinyPdf })
    ).json();
    await app.inject({
      method: 'PATCH',
      url: '/api/cycles/2024',
      headers: { cookie: cookie.admin },
      payload: { phases: phasesAround('objection-window') },
    });
    const closed = await remove(kept.id);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('PHASE_CLOSED');
    expect(
      (await upload({ indicatorCode: 'PRS-06' }, { fileName: 'x.pdf', bytes: tinyPdf })).statusCode,
    ).toBe(409);
    expect((await get(`${unitBase()}/${kept.id}/file`)).statusCode).toBe(200);
  });
});
