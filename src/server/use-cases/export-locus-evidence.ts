import { access, readFile } from 'node:fs/promises';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { listEvidenceOfLocus } from '../db/repositories/evidence.repository';
import { storedFilePath } from '../files/store-file';
import { writeZip, type ZipEntry, zipPathSegment } from '../files/write-zip';
import { requireExistingLocus } from '../loci/require-locus-in-scope';

/**
 * Every evidence file of a locus as one ZIP, entries "<unit name>/<indicator>/<file name>". The list is read
 * up front (small); the bytes are read one file at a time while the archive streams out. A file on record but
 * missing on disk (a database restored without its `files/` folder) is checked for before the first byte goes
 * out, left out, and named in `BERKAS-HILANG.txt` inside the archive and in `missing` for the log, so one lost
 * file neither breaks the download halfway nor hides the others.
 */
export async function exportLocusEvidence(
  db: Queryable,
  dataDir: string,
  actor: RequestActor,
  params: { year: number; code: string },
): Promise<{ fileName: string; fileCount: number; missing: string[]; chunks: AsyncGenerator<Buffer> }> {
  const cycle = await requireCycle(db, params.year);
  const { entity, locus } = await requireExistingLocus(db, actor, 'collection.read', cycle, params.code);
  const rows = await listEvidenceOfLocus(db, locus.id);
  const usedNames = new Set<string>();
  const entries: ZipEntry[] = [];
  const missing: string[] = [];
  for (const row of rows) {
    const name = uniqueName(
      [zipPathSegment(row.unitName), zipPathSegment(row.indicatorCode), zipPathSegment(row.fileName)].join(
        '/',
      ),
      usedNames,
    );
    const filePath = storedFilePath(dataDir, row.sha256);
    if (!(await isOnDisk(filePath))) {
      missing.push(`${name} (sha256 ${row.sha256})`);
      continue;
    }
    entries.push({ name, modifiedAt: row.takenAt ?? row.createdAt, bytes: () => readFile(filePath) });
  }
  const fileCount = entries.length;
  if (missing.length > 0) {
    const note = [
      'Berkas berikut tercatat tetapi tidak ada di penyimpanan server / These files are on record but missing from the server storage:',
      ...missing,
    ].join('\r\n');
    const noteBytes = Buffer.from(`${note}\r\n`, 'utf8');
    entries.push({
      name: uniqueName('BERKAS-HILANG.txt', usedNames),
      modifiedAt: new Date(0),
      bytes: async () => noteBytes,
    });
  }
  return {
    fileName: `bukti-${zipPathSegment(entity.code)}-${params.year}.zip`,
    fileCount,
    missing,
    chunks: writeZip(entries),
  };
}

async function isOnDisk(filePath: string): Promise<boolean> {
  try {
    await access(filePath);
    return true;
  } catch {
    return false;
  }
}

/** "foto.jpg" twice in one folder (two respondents) becomes "foto.jpg" and "foto (2).jpg". */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let copy = 2; used.has(candidate.toLowerCase()); copy += 1) {
    const dot = name.lastIndexOf('.');
    const slash = name.lastIndexOf('/');
    candidate = dot > slash ? `${name.slice(0, dot)} (${copy})${name.slice(dot)}` : `${name} (${copy})`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}
