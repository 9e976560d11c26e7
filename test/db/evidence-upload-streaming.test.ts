import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incomingDirectory } from '../../src/server/files/receive-multipart-form';
import { maxUploadBytes, storedFilePath } from '../../src/server/files/store-file';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

const megabyte = 1024 * 1024;
const chunk = Buffer.alloc(256 * 1024, 0x41);
const pdfHead = Buffer.from('%PDF-1.4\n% bukti besar\n');

/** Bytes of the files in the multipart staging folder right now. */
function stagedBytes(dataDir: string): number {
  const folder = incomingDirectory(dataDir);
  if (!existsSync(folder)) return 0;
  return readdirSync(folder).reduce((total, name) => total + statSync(path.join(folder, name)).size, 0);
}

/**
 * One multipart upload over a real socket, written piece by piece as a phone on a slow line would: the test
 * decides when the rest of the body is sent, so it can look at the server's disk while the request is open.
 */
function openUpload(port: number, url: string, cookie: string) {
  const boundary = '----patuh-stream-test';
  const request = http.request({
    port,
    path: url,
    method: 'POST',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  // A server that answers before the body is done may close the socket under the writer: that is fine here.
  request.on('error', () => {});
  const response = new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    request.on('response', (incoming) => {
      const parts: Buffer[] = [];
      incoming.on('data', (part: Buffer) => parts.push(part));
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(parts).toString('utf8')),
        }),
      );
      incoming.on('error', reject);
    });
  });
  const write = (data: Buffer | string) =>
    new Promise<void>((resolve) => {
      if (request.destroyed || !request.write(data)) request.once('drain', resolve).once('close', resolve);
      else resolve();
    });
  return {
    response,
    async start(fileName: string) {
      await write(
        `--${boundary}\r\nContent-Disposition: form-data; name="indicatorCode"\r\n\r\nPRS-02\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      );
    },
    write,
    async finish() {
      await write(`\r\n--${boundary}--\r\n`);
      request.end();
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
    const hash = createHash('sha256').update(pdfHead);
    await upload.start('laporan besar.pdf');
    await upload.write(pdfHead);
    let sent = pdfHead.length;
    for (; sent < 6 * megabyte; sent += chunk.length) {
      hash.update(chunk);
      await upload.write(chunk);
    }
    // Half the file is out and the body is still open: a parser that buffers the body has written nothing yet.
    const deadline = Date.now() + 30_000;
    while (stagedBytes(test.dataDir) < 5 * megabyte) {
      if (Date.now() > deadline)
        throw new Error('the first 6 MB never reached the disk before the body ended');
      await sleep(50);
    }
    for (; sent < 12 * megabyte; sent += chunk.length) {
      hash.update(chunk);
      await upload.write(chunk);
    }
    await upload.finish();
    const { status, body } = await upload.response;
    expect(status).toBe(201);
    const sha256 = hash.digest('hex');
    expect(body).toMatchObject({ mediaType: 'application/pdf', sizeBytes: sent, sha256 });
    expect(statSync(storedFilePath(test.dataDir, sha256)).size).toBe(sent);
    // Moved, not copied: nothing is left in the staging folder.
    expect(stagedBytes(test.dataDir)).toBe(0);
  }, 60_000);

  it('cuts a file past 20 MB while it streams (413), removing what was written', async () => {
    const upload = openUpload(port, url, cookie);
    await upload.start('terlalu besar.pdf');
    await upload.write(pdfHead);
    let largestStaged = 0;
    for (let sent = 0; sent < maxUploadBytes + 4 * megabyte; sent += chunk.length) {
      await upload.write(chunk);
      largestStaged = Math.max(largestStaged, stagedBytes(test.dataDir));
    }
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
