import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/server/errors';
import { openStoredFile } from '../../../src/server/files/open-stored-file';

/** Issue #15 finding 18: a stored file missing on disk is a logged 410, found before any byte is sent. */
describe('openStoredFile', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-open-stored-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const logged: { fields: unknown; message: string }[] = [];
  const log = {
    error: (fields: unknown, message: string) => logged.push({ fields, message }),
  } as unknown as FastifyBaseLogger;

  it('streams a file that is there', async () => {
    mkdirSync(path.join(dataDir, 'files'), { recursive: true });
    writeFileSync(path.join(dataDir, 'files', 'a'.repeat(64)), 'isi');
    const stream = await openStoredFile(dataDir, 'a'.repeat(64), log);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('isi');
    expect(logged).toEqual([]);
  });

  it('throws STORED_FILE_MISSING (410) and logs the sha256 and path when the file is gone', async () => {
    const sha256 = 'b'.repeat(64);
    const failure = await openStoredFile(dataDir, sha256, log).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect((failure as DomainError).code).toBe('STORED_FILE_MISSING');
    expect((failure as DomainError).bilingualMessage.id).toMatch(/tidak ada lagi/);
    expect(logged).toEqual([
      {
        fields: { sha256, path: path.join(dataDir, 'files', sha256) },
        message: 'stored file missing on disk',
      },
    ]);
  });
});
