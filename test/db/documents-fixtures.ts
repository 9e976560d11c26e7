import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Database } from '../../src/server/db/database';
import { entities } from '../../src/server/db/schema/entities';
import { entityResults, resultSnapshots, unitResults } from '../../src/server/db/schema/results';

/**
 * A computed snapshot of Muba with unit results, published (draft → rows → published, as finalising will do),
 * for the unit piagam and rapor. Returns the snapshot id and unit result ids.
 */
export async function publishMubaComputedSnapshot(
  db: Database,
  options: { year: number; embargoAt: Date; score: number },
): Promise<{ snapshotId: string; unitResultIds: string[] }> {
  const [entity] = await db.select().from(entities).where(eq(entities.code, '16.06'));
  if (!entity) throw new Error('entity 16.06 missing');
  const [snapshot] = await db
    .insert(resultSnapshots)
    .values({
      year: options.year,
      source: 'computed',
      methodologyId: 'ombudsman-kepatuhan',
      methodologyVersion: '2024',
      methodologySha256: 'test',
      decreeNumber: `SK ${options.year}/UJI`,
      decreeDate: `${options.year}-11-14`,
      embargoAt: options.embargoAt,
      rowsSha256: `rows-${options.year}-${options.score}-${Date.now()}`,
    })
    .returning();
  if (!snapshot) throw new Error('no snapshot');
  const [row] = await db
    .insert(entityResults)
    .values({
      snapshotId: snapshot.id,
      entityId: entity.id,
      entityCode: '16.06',
      entityName: 'Kab. Musi Banyuasin',
      kind: 'pemkab',
      provinceCode: '16',
      provinceName: 'Sumatera Selatan',
      score: options.score,
      category: 'A',
      opinionLabelId: 'Kualitas Tertinggi',
      opinionLabelEn: 'Highest quality',
      zone: 'hijau',
      categoryColour: '#1b5e20',
      zoneColour: '#2e7d32',
      rankNational: 3,
      rankNationalOf: 415,
      rankProvince: 2,
      rankProvinceOf: 17,
      computedCategory: 'A',
      computedZone: 'hijau',
      computedRankNational: 3,
      computedRankProvince: 2,
    })
    .returning();
  if (!row) throw new Error('no entity result');
  const units = await db
    .insert(unitResults)
    .values(
      [
        { name: 'Dinas Sosial', type: 'dinas-sosial', score: 95.5, category: 'A', zone: 'hijau' },
        { name: 'Puskesmas Ulak Paceh', type: 'puskesmas', score: 71.25, category: 'C', zone: 'kuning' },
      ].map((unit) => ({
        snapshotId: snapshot.id,
        entityResultId: row.id,
        unitName: unit.name,
        unitTypeCode: unit.type,
        score: unit.score,
        category: unit.category,
        zone: unit.zone,
      })),
    )
    .returning();
  await db
    .update(resultSnapshots)
    .set({ status: 'published', publishedAt: new Date() })
    .where(eq(resultSnapshots.id, snapshot.id));
  return { snapshotId: snapshot.id, unitResultIds: units.map((unit) => unit.id) };
}

/** The text of a PDF, as pdftotext reads it (layout kept, so words on one line stay together). */
export function pdfText(pdf: Buffer): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'patuh-pdf-'));
  try {
    const file = path.join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The first page rendered at 150 dpi and searched for a QR code; its text or null. */
export function decodeQrOfFirstPage(pdf: Buffer): string | null {
  const folder = mkdtempSync(path.join(tmpdir(), 'patuh-qr-'));
  try {
    const file = path.join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '150',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      path.join(folder, 'page'),
    ]);
    const image = PNG.sync.read(readFileSync(path.join(folder, 'page.png')));
    return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Every entry of a ZIP archive (central directory read by hand, so no ZIP library is needed). */
export function readZipEntries(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(dataStart, dataStart + compressed);
    entries.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}
