import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachingSession } from '../../src/contracts/coaching.contract';
import { maxUploadBytes, storedFilePath } from '../../src/server/files/store-file';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import {
  openStreamedUpload,
  sendLargeFileWatchingDisk,
  sendPastUploadLimit,
  stagedBytes,
} from '../helpers/streamed-upload';
import { testEngines } from '../helpers/test-database';

const pdfHead = Buffer.from('%PDF-1.4\n% lampiran besar\n');

/**
 * The raw-body upload routes (meetings, objections, plans, coaching, oversight follow-ups, letterheads) share
 * one parser (register-raw-upload-routes.ts); it is exercised here through the coaching attachment route.
 * Before, the parser read the whole body (≤ 20 MB) into memory first.
 */
describe.each(testEngines())('raw-body uploads streamed to disk on $name', (engine) => {
  let test: TestApp;
  let port = 0;
  let coordinator = '';
  let admin = '';
  let sessionUrl = '';

  const attachments = async () =>
    (
      (
        await test.app.inject({ method: 'GET', url: sessionUrl, headers: { cookie: coordinator } })
      ).json() as CoachingSession
    ).attachments;

  beforeAll(async () => {
    test = await buildTestApp(engine, { withDemoUsers: true });
    coordinator = await signInAs(test.app, demoEmailByRole.coordinator);
    admin = await signInAs(test.app, demoEmailByRole.admin);
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/coaching',
      headers: { cookie: coordinator },
      payload: {
        entityCode: '16.06',
        heldOn: '2025-02-10',
        topic: 'Pendampingan standar pelayanan',
        facilitator: 'Asisten Ombudsman Sumsel',
        attendees: [{ name: 'Budi', position: 'Kabag Organisasi', institution: 'Setda Muba' }],
        notes: 'Standar pelayanan dibahas.',
      },
    });
    expect(created.statusCode).toBe(201);
    sessionUrl = `/api/coaching/${(created.json() as CoachingSession).id}`;
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    port = (test.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await test?.close();
  });

  it('writes the body to disk while it arrives, hashing on the way, and moves it into the store', async () => {
    const upload = openStreamedUpload(port, `${sessionUrl}/attachments?fileName=notulen%20besar.pdf`, {
      cookie: coordinator,
      'content-type': 'application/pdf',
    });
    const sent = await sendLargeFileWatchingDisk(upload.write, test.dataDir, pdfHead);
    upload.end();
    const { status, body } = await upload.response;
    expect(status).toBe(201);
    expect((body as CoachingSession).attachments).toEqual([
      expect.objectContaining({ ...sent, fileName: 'notulen besar.pdf' }),
    ]);
    expect(statSync(storedFilePath(test.dataDir, sent.sha256)).size).toBe(sent.sizeBytes);
    // Moved, not copied: nothing is left in the staging folder.
    expect(stagedBytes(test.dataDir)).toBe(0);
  }, 60_000);

  it('cuts a body past 20 MB while it streams (413 PAYLOAD_TOO_LARGE), removing what was written', async () => {
    const before = await attachments();
    // No content-length (chunked): the limit can only be found by counting.
    const upload = openStreamedUpload(port, `${sessionUrl}/attachments?fileName=terlalu-besar.pdf`, {
      cookie: coordinator,
      'content-type': 'application/pdf',
    });
    const largestStaged = await sendPastUploadLimit(upload.write, test.dataDir, pdfHead);
    upload.end();
    const { status, body } = await upload.response;
    expect(status).toBe(413);
    expect(body).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'Isi permintaan terlalu besar (maksimal 20 MB).' },
    });
    expect(largestStaged).toBeLessThanOrEqual(maxUploadBytes + 1);
    expect(stagedBytes(test.dataDir)).toBe(0);
    expect(await attachments()).toEqual(before);
  }, 60_000);

  it('refuses a declared length past 20 MB before reading the body', async () => {
    const upload = openStreamedUpload(port, `${sessionUrl}/attachments?fileName=besar.pdf`, {
      cookie: coordinator,
      'content-type': 'application/pdf',
      'content-length': String(maxUploadBytes + 2),
      'accept-language': 'en',
    });
    await upload.write(pdfHead);
    // The answer comes while almost the whole declared body is still unsent.
    const { status, body } = await upload.response;
    expect(status).toBe(413);
    expect(body).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large (20 MB at most).' },
    });
    expect(stagedBytes(test.dataDir)).toBe(0);
  });

  it('keeps the other answers of the contract: a JSON body, an empty file, a letterhead over 512 KB', async () => {
    const json = await test.app.inject({
      method: 'POST',
      url: `${sessionUrl}/attachments?fileName=a.pdf`,
      headers: { cookie: coordinator },
      payload: { file: 'bukan berkas' },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('UNSUPPORTED_FILE_TYPE');
    const empty = await test.app.inject({
      method: 'POST',
      url: `${sessionUrl}/attachments?fileName=a.pdf`,
      headers: { cookie: coordinator, 'content-type': 'application/pdf' },
      payload: Buffer.alloc(0),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('VALIDATION_FAILED');
    const letterhead = await test.app.inject({
      method: 'PUT',
      url: '/api/document-letterheads/pusat',
      headers: { cookie: admin, 'content-type': 'image/png' },
      payload: Buffer.alloc(600 * 1024, 0x89),
    });
    expect(letterhead.statusCode).toBe(413);
    expect(letterhead.json().error.code).toBe('FILE_TOO_LARGE');
    // Removed once the answer is sent (an onResponse hook), which inject may report a moment earlier.
    await expect.poll(() => stagedBytes(test.dataDir)).toBe(0);
  });
});
