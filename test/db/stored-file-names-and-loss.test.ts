import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus, tinyPdf } from '../helpers/cycle-factory';
import { multipartBody } from '../helpers/multipart-body';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

type Phase = Parameters<typeof phasesAround>[0];

/**
 * Issue #15 findings 12a and 18: uploaded file names were stored as sent (`..\..\evil\r\n.pdf`), and a stored
 * file missing on disk (a database restored without its `files/` folder) answered a raw 500 naming Fastify
 * internals. Every upload route now goes through sanitiseFileName; every download opens the file before
 * answering and says 410 STORED_FILE_MISSING in the documented shape.
 */
describe.each(testEngines())('uploaded file names and files lost from disk on $name', (engine) => {
  let testApp: TestApp;
  let dataDir = '';
  let admin = '';
  let liaison = '';
  let unitId = '';
  const meetingBase = '/api/cycles/2024/loci/16.06/meetings/entry';
  const urls = { meetingFile: '', evidenceFile: '', objectionFile: '' };
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, cookie: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const moveTo = async (phase: Phase) => {
    const phases = phasesAround(phase);
    const publication = phases.find((candidate) => candidate.code === 'publication');
    const embargoAt = new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString();
    const response = await call('PATCH', '/api/cycles/2024', admin, { phases, embargoAt });
    expect(response.statusCode, response.body).toBe(200);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-file-names-'));
    testApp = await buildTestApp(engine, { withDemoUsers: true, environment: { PATUH_DATA_DIR: dataDir } });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    unitId = (await planMubaLocus(testApp.app, admin)).unitIds[0] ?? '';
    const meeting = await call('PUT', meetingBase, admin, {
      heldAt: '2024-06-03T09:00:00+07:00',
      place: 'Ruang Rapat Sekretaris Daerah',
      openedBy: 'Sekretaris Daerah',
      attendees: [{ name: 'Andi Saputra', jobTitle: 'Kabag Organisasi', institution: 'Setda Muba' }],
    });
    expect(meeting.statusCode, meeting.body).toBe(200);
  });
  afterAll(async () => {
    await testApp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores a meeting attachment name without CR/LF, controls or reserved characters, in the listing, the audit and the download header', async () => {
    const hostile = 'undangan\r\nSet-Cookie: x=1\u202e<rapat>.pdf';
    const uploaded = await testApp.app.inject({
      method: 'POST',
      url: `${meetingBase}/attachments?fileName=${encodeURIComponent(hostile)}`,
      headers: { cookie: admin, 'content-type': 'application/pdf' },
      payload: tinyPdf,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const attachment = uploaded.json().attachments[0];
    expect(attachment.fileName).toBe('undanganSet-Cookie_ x=1_rapat_.pdf');
    urls.meetingFile = `${meetingBase}/attachments/${attachment.sha256}`;
    const download = await call('GET', urls.meetingFile, admin);
    expect(download.statusCode).toBe(200);
    expect(download.headers['set-cookie']).toBeUndefined();
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="undanganSet-Cookie_ x_1_rapat_.pdf"; filename*=UTF-8''undanganSet-Cookie_%20x%3D1_rapat_.pdf`,
    );
    const audited = await testApp.database.db.execute(
      sql`select after->>'fileName' as name from audit_log where action = 'meeting.attach'`,
    );
    expect((audited as unknown as { rows: { name: string }[] }).rows.map((row) => row.name)).toEqual([
      'undanganSet-Cookie_ x=1_rapat_.pdf',
    ]);
  });

  it('strips the folders (both separators) of an evidence file name sent in a multipart form', async () => {
    await moveTo('data-collection');
    const body = multipartBody({ indicatorCode: 'PRS-01' }, [
      { field: 'file', fileName: '..\\..\\evil\u0007/../maklumat.pdf', bytes: tinyPdf },
    ]);
    const uploaded = await testApp.app.inject({
      method: 'POST',
      url: `/api/cycles/2024/loci/16.06/units/${unitId}/evidence`,
      headers: { cookie: admin, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json().fileName).toBe('maklumat.pdf');
    urls.evidenceFile = `/api/cycles/2024/loci/16.06/units/${unitId}/evidence/${uploaded.json().id}/file`;
  });

  it('sanitises an objection attachment name: the reported `..\\..\\evil\\r\\n.pdf` becomes `evil.pdf`', async () => {
    await moveTo('objection-window');
    const filed = await call('POST', '/api/cycles/2024/objections', liaison, {
      entityCode: '16.06',
      unitId,
      indicatorCode: 'INP-K04',
      text: 'Kepala dinas sudah mengikuti pelatihan standar pelayanan; sertifikat terlampir.',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const uploaded = await testApp.app.inject({
      method: 'POST',
      url: `/api/cycles/2024/objections/${filed.json().id}/files?fileName=${encodeURIComponent('..\\..\\evil\r\n.pdf')}`,
      headers: { cookie: liaison, 'content-type': 'application/pdf' },
      payload: tinyPdf,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const file = uploaded.json().files[0];
    expect(file.fileName).toBe('evil.pdf');
    urls.objectionFile = `/api/cycles/2024/objections/${filed.json().id}/files/${file.sha256}`;
    const download = await call('GET', urls.objectionFile, liaison);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="evil.pdf"; filename*=UTF-8''evil.pdf`,
    );
  });

  it('answers 410 STORED_FILE_MISSING in the documented shape when the files folder is gone, never a raw 500', async () => {
    const filesFolder = path.join(dataDir, 'files');
    for (const name of readdirSync(filesFolder)) rmSync(path.join(filesFolder, name));
    for (const url of [urls.meetingFile, urls.evidenceFile, urls.objectionFile]) {
      const response = await testApp.app.inject({
        method: 'GET',
        url,
        headers: { cookie: admin, 'accept-language': 'en' },
      });
      expect(response.statusCode, url).toBe(410);
      const body = response.json();
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error).toMatchObject({
        code: 'STORED_FILE_MISSING',
        requestId: response.headers['x-request-id'],
      });
      expect(body.error.message).toMatch(/no longer in the server storage/);
      expect(response.body).not.toMatch(/FST_|ENOENT|\/files\//);
    }
  });

  it('still delivers the evidence ZIP, naming the lost file in BERKAS-HILANG.txt instead of breaking halfway', async () => {
    const response = await call('GET', '/api/cycles/2024/loci/16.06/evidence.zip', admin);
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-evidence-files']).toBe('0');
    const archive = response.rawPayload;
    expect(archive.subarray(0, 4).toString('hex')).toBe('504b0304');
    expect(archive.includes(Buffer.from('BERKAS-HILANG.txt'))).toBe(true);
    expect(archive.includes(Buffer.from('maklumat.pdf'))).toBe(true);
  });

  it('serves the file again once the same bytes are uploaded anew', async () => {
    await moveTo('entry-meetings');
    const again = await testApp.app.inject({
      method: 'POST',
      url: `${meetingBase}/attachments?fileName=undangan.pdf`,
      headers: { cookie: admin, 'content-type': 'application/pdf' },
      payload: tinyPdf,
    });
    expect(again.statusCode, again.body).toBe(201);
    expect((await call('GET', urls.meetingFile, admin)).statusCode).toBe(200);
  });
});
