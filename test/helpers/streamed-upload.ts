import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { incomingDirectory } from '../../src/server/files/stage-upload-stream';
import { maxUploadBytes } from '../../src/server/files/store-file';

/** Bytes of the files in the upload staging folder right now. */
export function stagedBytes(dataDir: string): number {
  const folder = incomingDirectory(dataDir);
  if (!existsSync(folder)) return 0;
  return readdirSync(folder).reduce((total, name) => total + statSync(path.join(folder, name)).size, 0);
}

/** Waits until at least `bytes` are staged; fails if the body would have to end first (a buffering parser). */
export async function waitForStagedBytes(dataDir: string, bytes: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (stagedBytes(dataDir) < bytes) {
    if (Date.now() > deadline) throw new Error(`${bytes} bytes never reached the disk before the body ended`);
    await sleep(50);
  }
}

/**
 * One upload over a real socket, written piece by piece as a phone on a slow line would: the test decides
 * when the rest of the body is sent, so it can look at the server's disk while the request is open. Without a
 * content-length header the body is sent chunked.
 */
export function openStreamedUpload(port: number, url: string, headers: http.OutgoingHttpHeaders) {
  const request = http.request({ port, path: url, method: 'POST', headers });
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
      // Once the server has answered and closed the socket, the rest of the body goes nowhere.
      if (request.destroyed) resolve();
      else if (!request.write(data)) request.once('drain', resolve).once('close', resolve);
      else resolve();
    });
  return {
    response,
    write,
    end() {
      request.end();
    },
  };
}

const megabyte = 1024 * 1024;
const filler = Buffer.alloc(256 * 1024, 0x41);

/**
 * Writes a 12 MB file (`head`, then filler) into an open upload, and halfway (6 MB sent, the body still open)
 * waits until 5 MB are on the server's disk: a parser that buffers the body would have written nothing yet.
 * Returns what was sent, to compare with what was stored.
 */
export async function sendLargeFileWatchingDisk(
  write: (data: Buffer) => Promise<void>,
  dataDir: string,
  head: Buffer,
): Promise<{ sizeBytes: number; sha256: string }> {
  const hash = createHash('sha256').update(head);
  await write(head);
  let sent = head.length;
  for (; sent < 6 * megabyte; sent += filler.length) {
    hash.update(filler);
    await write(filler);
  }
  await waitForStagedBytes(dataDir, 5 * megabyte);
  for (; sent < 12 * megabyte; sent += filler.length) {
    hash.update(filler);
    await write(filler);
  }
  return { sizeBytes: sent, sha256: hash.digest('hex') };
}

/** Writes `head` and then 4 MB past the 20 MB upload limit; returns the most bytes seen staged on the way. */
export async function sendPastUploadLimit(
  write: (data: Buffer) => Promise<void>,
  dataDir: string,
  head: Buffer,
): Promise<number> {
  await write(head);
  let largestStaged = 0;
  for (let sent = 0; sent < maxUploadBytes + 4 * megabyte; sent += filler.length) {
    await write(filler);
    largestStaged = Math.max(largestStaged, stagedBytes(dataDir));
  }
  return largestStaged;
}
