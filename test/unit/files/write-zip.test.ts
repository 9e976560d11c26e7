import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeZip, zipPathSegment } from '../../../src/server/files/write-zip';

const folder = mkdtempSync(path.join(tmpdir(), 'patuh-zip-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function archive(compress: boolean, files: Record<string, Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  const entries = Object.entries(files).map(([name, bytes]) => ({
    name,
    modifiedAt: new Date('2024-06-05T03:15:30Z'),
    bytes: async () => bytes,
  }));
  for await (const chunk of writeZip(entries, { compress })) chunks.push(chunk);
  const file = path.join(folder, `${compress ? 'deflate' : 'store'}.zip`);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

const files = {
  'Dinas Sosial/PRS-01/maklumat pelayanan.pdf': Buffer.from('%PDF-1.4 maklumat'),
  'Dinas Sosial/PRS-01/ruang tunggu é.jpg': Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff]),
    Buffer.alloc(5000, 7),
  ]),
  'Puskesmas Ulak Paceh/PGD-02/sop.pdf': Buffer.from('%PDF-1.4 sop pengaduan'),
};

describe('writeZip', () => {
  it.each([false, true])(
    'writes an archive that unzip and Python read back (deflate: %s)',
    async (compress) => {
      const file = await archive(compress, files);
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
      const listing = execFileSync(
        'python3',
        [
          '-c',
          'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); print(json.dumps({i.filename: [z.read(i).hex(), i.date_time[:5]] for i in z.infolist()}))',
          file,
        ],
        { encoding: 'utf8' },
      );
      const read: Record<string, [string, number[]]> = JSON.parse(listing);
      expect(Object.keys(read)).toEqual(Object.keys(files));
      for (const [name, bytes] of Object.entries(files)) {
        expect(read[name]?.[0]).toBe(bytes.toString('hex'));
        expect(read[name]?.[1]).toEqual([2024, 6, 5, 3, 15]);
      }
      if (compress) expect(readFileSync(file).length).toBeLessThan(2000);
    },
  );

  it('deflates what compresses and reads back a mixed archive', async () => {
    const random = randomBytes(4000);
    const file = await archive(true, { 'acak.bin': random, 'nol.bin': Buffer.alloc(40_000) });
    expect(readFileSync(file).length).toBeLessThan(4000 + 40_000 / 10);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  });

  it('passes 65,535 entries with ZIP64 (the old writer refused them), read back by zipinfo and Python', async () => {
    const count = 70_000;
    const entries = Array.from({ length: count }, (_, index) => ({
      name: `unit-${Math.floor(index / 1000)}/bukti-${index}.txt`,
      modifiedAt: new Date('2024-06-05T03:15:30Z'),
      bytes: async () => Buffer.from(String(index)),
    }));
    const file = path.join(folder, 'zip64.zip');
    const chunks: Buffer[] = [];
    for await (const chunk of writeZip(entries)) chunks.push(chunk);
    writeFileSync(file, Buffer.concat(chunks));
    // The ZIP64 end-of-central-directory record (PK\x06\x06) carries the true count; the old record says 0xffff.
    expect(readFileSync(file).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    expect(execFileSync('zipinfo', ['-t', file], { encoding: 'utf8' })).toMatch(/^70000 files/);
    const read = execFileSync(
      'python3',
      [
        '-c',
        'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); i = z.infolist(); print(len(i), z.read(i[-1]).decode(), i[-1].filename)',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(read.trim()).toBe(`${count} ${count - 1} unit-69/bukti-${count - 1}.txt`);
  }, 60_000);

  it('writes a valid empty archive', async () => {
    const file = await archive(false, {});
    expect(readFileSync(file).length).toBe(22);
    const count = execFileSync(
      'python3',
      ['-c', 'import sys, zipfile; print(len(zipfile.ZipFile(sys.argv[1]).infolist()))', file],
      {
        encoding: 'utf8',
      },
    );
    expect(count.trim()).toBe('0');
  });

  it('keeps names as single safe path segments', () => {
    expect(zipPathSegment('Dinas/Sosial: "Muba"')).toBe('Dinas_Sosial_ _Muba_');
    expect(zipPathSegment('..')).toBe('_');
    expect(zipPathSegment('foto\u0000.jpg')).toBe('foto.jpg');
  });
});
