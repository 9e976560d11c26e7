import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxUploadBytes, storedFilePath } from '../../src/server/files/store-file';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import {
  openStreamedUpload,
  sendLargeFileWatchingDisk,
  sendPastUploadLimit,
  stagedBytes,
} from '../helpers/streamed-upload';
import { testEngines } from '../helpers/test-database';

const pdfHead = Buffer.from('%PDF-1.4\n% bukti besar\n');

/** A multipart evidence form over a real socket, its file part written piece by piece (streamed-upload.ts). */
function openUpload(port: number, url: string, cookie: string) {
  const boundary = '----patuh-stream-test';
  const upload = openStreamedUpload(port, url, {
    cookie,
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
  return {
    response: upload.response,
    write: upload.write,
    async start(fileName: string) {
      await upload.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="indicatorCode"\r\n\r\nPRS-02\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      );
    },
    async finish() {
      await upload.write(`\r\n--${boundary}--\r\n`);
      upload.end();
    },
  };
}

/** Issue #21: the evidence form streams to disk (@fastify/multipart); the old parser held the whole body. */
describe.each(testEngines())('evidence uploads streamed to disk on $name', (engine) => {
  let test: TestApp;
  let port = 0;
  let cookie = '';
  let url = '';

  beforeAll(async () => {
    test = await buildTestApp(engine, { withDemoUsers: true });
    const admin = await signInAs(test.app, demoEmailByRole.admin);
    cookie = await signInAs(test.app, demoEmailByRole.assessor);
    const { unitIds } = await planMubaLocus(test.app, admin);
    const opened = await test.app.inject({
      method: 'PATCH',
      url: '/api/cycles/2024',
      headers: { cookie: admin },
      payload: { phases: phasesAround('data-collection') },
    });
    expect(opened.statusCode).toBe(200);
    url = `/api/cycles/2024/loci/16.06/units/${unitIds[0]}/evidence`;
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    port = (test.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await test?.close();
  });

  it('writes the file to disk while it arrives, hashing on the way, and moves it into the store', async () => {
    const upload = openUpload(port, url, cookie);
    await upload.start('laporan besar.pdf');
    const sent = await sendLargeFileWatchingDisk(upload.write, test.dataDir, pdfHead);
    await upload.finish();
    const { status, body } = await upload.response;
    expect(status).toBe(201);
    expect(body).toMatchObject({ mediaType: 'application/pdf', ...sent });
    expect(statSync(storedFilePath(test.dataDir, sent.sha256)).size).toBe(sent.sizeBytes);
    // Moved, not copied: nothing is left in the staging folder.
    expect(stagedBytes(test.dataDir)).toBe(0);
  }, 60_000);

  it('cuts a file past 20 MB while it streams (413), removing what was written', async () => {
    const upload = openUpload(port, url, cookie);
    await upload.start('terlalu besar.pdf');
    const largestStaged = await sendPastUploadLimit(upload.write, test.dataDir, pdfHead);
    await upload.finish();
    const { status, body } = await upload.response;
    expect(status).toBe(413);
    expect(body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(largestStaged).toBeLessThanOrEqual(maxUploadBytes);
    expect(stagedBytes(test.dataDir)).toBe(0);
    const evidence = await test.app.inject({
      method: 'GET',
      url: `${url.replace(/\/evidence$/, '')}/collection`,
      headers: { cookie },
    });
    expect(JSON.stringify(evidence.json())).not.toContain('terlalu besar.pdf');
  }, 60_000);

  it('refuses a form that never closes (400) and leaves no file behind', async () => {
    const boundary = 'x';
    const body =
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n` +
      '%PDF-1.4 terpotong';
    const response = await test.app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(stagedBytes(test.dataDir)).toBe(0);
  });
});
