import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeZip, zipPathSegment } from '../../../src/server/files/zip-writer';

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

  it('stores an entry as is where deflating would not make it smaller', async () => {
    const random = randomBytes(4000);
    const chunks: Buffer[] = [];
    const entries = [
      { name: 'acak.bin', modifiedAt: new Date('2024-06-05T03:15:30Z'), bytes: async () => random },
      {
        name: 'nol.bin',
        modifiedAt: new Date('2024-06-05T03:15:30Z'),
        bytes: async () => Buffer.alloc(4000),
      },
    ];
    for await (const chunk of writeZip(entries, { compress: true })) chunks.push(chunk);
    const zip = Buffer.concat(chunks);
    // Compression method of each local header: stored (0) for random bytes, deflate (8) for zeros.
    expect(zip.readUInt16LE(8)).toBe(0);
    const second = 30 + 'acak.bin'.length + random.length;
    expect(zip.readUInt32LE(second)).toBe(0x04034b50);
    expect(zip.readUInt16LE(second + 8)).toBe(8);
    const file = path.join(folder, 'mixed.zip');
    writeFileSync(file, zip);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  });

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
