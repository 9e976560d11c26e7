import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEvidence, resumableUploads } from '../../src/server/db/schema';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { jpegWithExif } from '../helpers/exif-jpeg-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { createTestClock } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

type Who = 'admin' | 'assessor' | 'coordinator';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * A photo of the Puskesmas Ulak Paceh waiting room with its EXIF (time and position), padded after the image
 * to 600 KB so it takes several chunks; readers stop at the end-of-image marker.
 */
const photo = Buffer.concat([
  jpegWithExif({
    dateTimeOriginal: '2024:06:05 10:15:30',
    latitude: { dms: [2, 53, 15.6], ref: 'S' },
    longitude: { dms: [103, 50, 52.8], ref: 'E' },
  }),
  Buffer.from(Array.from({ length: 600_000 }, (_, index) => (index * 7) % 251)),
]);
const photoSha256 = createHash('sha256').update(photo).digest('hex');

/** Issue #18: an upload cut off halfway resumes from what the server holds, and attaches as a multipart would. */
describe.each(testEngines())('resumable uploads on $name', (engine) => {
  const clock = createTestClock();
  let testApp: TestApp;
  let dataDir = '';
  const cookie: Record<Who, string> = { admin: '', assessor: '', coordinator: '' };
  let unit = '';

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    options: { who?: Who; payload?: object | Buffer; key?: string } = {},
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: {
        cookie: cookie[options.who ?? 'assessor'],
        ...(Buffer.isBuffer(options.payload) ? { 'content-type': 'application/octet-stream' } : {}),
        ...(options.key ? { 'idempotency-key': options.key } : {}),
      },
      ...(options.payload ? { payload: options.payload } : {}),
    });
  const open = (body: object = {}, who: Who = 'assessor') =>
    call('POST', '/api/uploads', {
      who,
      payload: {
        fileName: 'ruang tunggu.jpg',
        contentType: 'image/jpeg',
        sizeBytes: photo.length,
        sha256: photoSha256,
        ...body,
      },
    });
  const partFiles = () => {
    try {
      return readdirSync(path.join(dataDir, 'uploads'));
    } catch {
      return [];
    }
  };

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true, clock: clock.now });
    dataDir = testApp.dataDir;
    for (const role of Object.keys(cookie) as Who[])
      cookie[role] = await signInAs(testApp.app, demoEmailByRole[role]);
    const { unitIds } = await planMubaLocus(testApp.app, cookie.admin, clock.now());
    unit = `/api/cycles/2024/loci/16.06/units/${unitIds[4]}`;
    const opened = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/cycles/2024',
      headers: { cookie: cookie.admin },
      payload: { phases: phasesAround('data-collection', clock.now()) },
    });
    expect(opened.statusCode).toBe(200);
  });
  afterAll(() => testApp.close());

  it('resumes an upload cut off halfway from receivedBytes and attaches byte-identical evidence with its EXIF', async () => {
    const created = await open();
    expect(created.statusCode).toBe(201);
    const { uploadId, receivedBytes, chunkBytes } = created.json();
    expect(receivedBytes).toBe(0);
    expect(chunkBytes).toBeGreaterThan(0);
    const url = `/api/uploads/${uploadId}`;
    let bytesSent = 0;

    // First chunk arrives whole.
    const first = await call('PUT', `${url}?offset=0`, { payload: photo.subarray(0, chunkBytes) });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ receivedBytes: chunkBytes });
    bytesSent += chunkBytes;

    // The second is cut off by the network halfway through: the server keeps what reached it.
    const cutAt = chunkBytes + Math.floor(chunkBytes / 2);
    await sendThenDrop(testApp, cookie.assessor, {
      url: `${url}?offset=${chunkBytes}`,
      uploadId,
      sent: photo.subarray(chunkBytes, cutAt),
      announcedBytes: chunkBytes,
    });
    bytesSent += cutAt - chunkBytes;
    const status = await call('GET', url);
    expect(status.statusCode).toBe(200);
    const held = status.json().receivedBytes as number;
    expect(held).toBeGreaterThan(chunkBytes);
    expect(held).toBeLessThanOrEqual(cutAt);
    expect(status.json()).toMatchObject({ sizeBytes: photo.length, complete: false });

    // A chunk at an offset the server does not hold is refused with where to go on.
    const wrong = await call('PUT', `${url}?offset=0`, { payload: photo.subarray(0, 10) });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error).toMatchObject({
      code: 'UPLOAD_OFFSET_MISMATCH',
      details: { receivedBytes: held },
    });

    // The client goes on from `held`, never resending what the server has.
    let offset = held;
    for (let round = 0; offset < photo.length && round < 10; round += 1) {
      const end = Math.min(offset + chunkBytes, photo.length);
      const put = await call('PUT', `${url}?offset=${offset}`, { payload: photo.subarray(offset, end) });
      expect(put.statusCode, put.body).toBe(200);
      bytesSent += end - offset;
      offset = put.json().receivedBytes;
    }
    expect(offset).toBe(photo.length);
    // Only the bytes lost in the cut were sent twice.
    expect(bytesSent - photo.length).toBe(cutAt - held);
    expect((await call('GET', url)).json()).toEqual({
      receivedBytes: photo.length,
      sizeBytes: photo.length,
      complete: true,
    });

    // Someone else cannot see, extend or attach it.
    expect((await call('GET', url, { who: 'coordinator' })).statusCode).toBe(404);
    expect(
      (await call('PUT', `${url}?offset=${photo.length}`, { who: 'coordinator', payload: Buffer.from('x') }))
        .statusCode,
    ).toBe(404);
    const foreign = await call('POST', `${unit}/evidence`, {
      who: 'coordinator',
      payload: { uploadId, indicatorCode: 'PRS-01' },
    });
    expect(foreign.statusCode).toBe(404);

    const attach = { uploadId, indicatorCode: 'PRS-01' };
    const attached = await call('POST', `${unit}/evidence`, { payload: attach, key: 'lampir-foto-1' });
    expect(attached.statusCode, attached.body).toBe(201);
    expect(attached.json()).toMatchObject({
      fileName: 'ruang tunggu.jpg',
      mediaType: 'image/jpeg',
      sizeBytes: photo.length,
      sha256: photoSha256,
      takenAt: '2024-06-05T03:15:30.000Z',
      latitude: -2.8876667,
      longitude: 103.848,
    });
    const file = await call('GET', `${unit}/evidence/${attached.json().id}/file`);
    expect(Buffer.compare(file.rawPayload, photo)).toBe(0);
    // The upload is used up; the outbox's resend of the attach gets the first answer, not a second item.
    expect((await call('GET', url)).statusCode).toBe(404);
    expect(partFiles()).toEqual([]);
    const resent = await call('POST', `${unit}/evidence`, { payload: attach, key: 'lampir-foto-1' });
    expect(resent.headers['idempotent-replay']).toBe('true');
    expect(resent.body).toBe(attached.body);
    expect(await testApp.database.db.$count(answerEvidence)).toBe(1);
  });

  it('refuses an attach before the last byte (409), a wrong sha256 (422), too large a file or chunk (413)', async () => {
    const { uploadId } = (await open()).json();
    const early = await call('POST', `${unit}/evidence`, { payload: { uploadId, indicatorCode: 'PRS-01' } });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('UPLOAD_INCOMPLETE');

    const tooMuch = await call('PUT', `/api/uploads/${uploadId}?offset=0`, {
      payload: Buffer.concat([photo, Buffer.from('lebih')]),
    });
    expect(tooMuch.statusCode).toBe(413);
    expect((await call('GET', `/api/uploads/${uploadId}`)).json().receivedBytes).toBe(0);

    const wrongHash = (await open({ sha256: 'b'.repeat(64) })).json().uploadId;
    const last = await call('PUT', `/api/uploads/${wrongHash}?offset=0`, { payload: photo });
    expect(last.statusCode).toBe(422);
    expect(last.json().error.code).toBe('UPLOAD_CHECKSUM_MISMATCH');
    expect((await call('GET', `/api/uploads/${wrongHash}`)).statusCode).toBe(404);
    expect(partFiles()).not.toContain(`${wrongHash}.part`);

    const huge = await open({ sizeBytes: 20 * 1024 * 1024 + 1 });
    expect(huge.statusCode).toBe(413);
    const json = await testApp.app.inject({
      method: 'PUT',
      url: `/api/uploads/${uploadId}?offset=0`,
      headers: { cookie: cookie.assessor },
      payload: { bytes: 'bukan potongan' },
    });
    expect(json.statusCode).toBe(415);
  });

  it('removes uploads left untouched for three days, files included (injected clock)', async () => {
    const { uploadId } = (await open()).json();
    expect(partFiles()).toContain(`${uploadId}.part`);
    clock.advance(3 * dayMs);
    cookie.assessor = await signInAs(testApp.app, demoEmailByRole.assessor);
    expect((await call('GET', `/api/uploads/${uploadId}`)).statusCode).toBe(404);
    // The next upload opened sweeps the expired ones away.
    const next = await open();
    expect(next.statusCode).toBe(201);
    expect(partFiles()).not.toContain(`${uploadId}.part`);
    const left = await testApp.database.db.select().from(resumableUploads);
    expect(left.map((row) => row.id)).toEqual([next.json().uploadId]);
  });
});

/**
 * Sends a chunk over a real connection announcing `announcedBytes`, writes only `sent`, and drops the socket:
 * a phone losing signal mid-upload. Resolves once the server has recorded what it received (its lease ended).
 */
async function sendThenDrop(
  testApp: TestApp,
  cookie: string,
  chunk: { url: string; uploadId: string; sent: Buffer; announcedBytes: number },
): Promise<void> {
  const [before] = await testApp.database.db
    .select()
    .from(resumableUploads)
    .where(eq(resumableUploads.id, chunk.uploadId));
  // Listening once is enough: the app closes its server with the test.
  if (!testApp.app.server.listening) await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = testApp.app.server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    const request = http.request({
      host: '127.0.0.1',
      port,
      method: 'PUT',
      path: chunk.url,
      headers: {
        cookie,
        'content-type': 'application/octet-stream',
        'content-length': String(chunk.announcedBytes),
        origin: `http://127.0.0.1:${port}`,
      },
    });
    request.on('error', () => resolve());
    request.on('close', () => resolve());
    request.write(chunk.sent, () => setImmediate(() => request.destroy()));
  });
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const [row] = await testApp.database.db
      .select()
      .from(resumableUploads)
      .where(eq(resumableUploads.id, chunk.uploadId));
    if (row && row.writingUntil === null && row.receivedBytes !== before?.receivedBytes) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the server never recorded the interrupted chunk');
}
