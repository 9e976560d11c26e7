import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeChunksToFile } from '../../../src/server/files/write-chunks-to-file';
import { writeZip } from '../../../src/server/files/write-zip';
import { zipFolderInWorker } from '../../../src/server/files/zip-folder-in-worker';

const modifiedAt = new Date(Date.UTC(1980, 0, 1));
const names = ['piagam/a.pdf', 'rapor/b.pdf'];

describe('zipFolderInWorker', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'patuh-zip-worker-'));
    await mkdir(path.join(folder, 'files', 'piagam'), { recursive: true });
    await mkdir(path.join(folder, 'files', 'rapor'), { recursive: true });
    await writeFile(path.join(folder, 'files', names[0] ?? ''), Buffer.from('%PDF-1.7 a '.repeat(500)));
    await writeFile(path.join(folder, 'files', names[1] ?? ''), Buffer.from('%PDF-1.7 b '.repeat(300)));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('writes the archive in another thread, byte for byte what the writer gives on this one', async () => {
    const files = path.join(folder, 'files');
    const target = path.join(folder, 'worker.zip');
    const result = await zipFolderInWorker({ folder: files, names, target, modifiedAt, compress: true });
    expect(result.threadId).not.toBe(threadId);
    const here = await writeChunksToFile(
      path.join(folder, 'here.zip'),
      writeZip(
        names.map((name) => ({ name, modifiedAt, bytes: () => readFile(path.join(files, name)) })),
        { compress: true },
      ),
    );
    expect({ sizeBytes: result.sizeBytes, sha256: result.sha256 }).toEqual(here);
    expect(await readFile(target)).toEqual(await readFile(path.join(folder, 'here.zip')));
  });

  it('fails, leaving no archive, when a named file is missing', async () => {
    const target = path.join(folder, 'missing.zip');
    await expect(
      zipFolderInWorker({
        folder: path.join(folder, 'files'),
        names: ['piagam/none.pdf'],
        target,
        modifiedAt,
        compress: true,
      }),
    ).rejects.toThrow(/none\.pdf/);
    await expect(readFile(target)).rejects.toThrow();
  });
});
