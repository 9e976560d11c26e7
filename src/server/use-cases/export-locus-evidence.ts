import { readFile } from 'node:fs/promises';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { listEvidenceOfLocus } from '../db/repositories/evidence.repository';
import { storedFilePath } from '../files/store-file';
import { writeZip, type ZipEntry, zipPathSegment } from '../files/zip-writer';
import { requireExistingLocus } from '../loci/require-locus-in-scope';

/**
 * Every evidence file of a locus as one ZIP, entries "<unit name>/<indicator>/<file name>". The list is read
 * up front (small); the bytes are read one file at a time while the archive streams out.
 */
export async function exportLocusEvidence(
  db: Queryable,
  dataDir: string,
  actor: RequestActor,
  params: { year: number; code: string },
): Promise<{ fileName: string; fileCount: number; chunks: AsyncGenerator<Buffer> }> {
  const cycle = await requireCycle(db, params.year);
  const { entity, locus } = await requireExistingLocus(db, actor, 'collection.read', cycle, params.code);
  const rows = await listEvidenceOfLocus(db, locus.id);
  const usedNames = new Set<string>();
  const entries: ZipEntry[] = rows.map((row) => {
    const name = uniqueName(
      [zipPathSegment(row.unitName), zipPathSegment(row.indicatorCode), zipPathSegment(row.fileName)].join(
        '/',
      ),
      usedNames,
    );
    return {
      name,
      modifiedAt: row.takenAt ?? row.createdAt,
      bytes: () => readFile(storedFilePath(dataDir, row.sha256)),
    };
  });
  return {
    fileName: `bukti-${zipPathSegment(entity.code)}-${params.year}.zip`,
    fileCount: entries.length,
    chunks: writeZip(entries),
  };
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
