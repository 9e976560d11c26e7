import { directoryFileColumns } from '../../contracts/imports.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listDirectoryRows } from '../db/repositories/loci.repository';
import { writeTableFile } from '../imports/write-table-file';

/** Entities and their units as CSV or XLSX (the directory import format); a province filter keeps it small. */
export async function exportDirectory(
  db: Queryable,
  actor: RequestActor,
  query: { format: 'csv' | 'xlsx'; provinceCode?: string | undefined },
): Promise<{ bytes: Buffer; fileName: string }> {
  const rows = await listDirectoryRows(db, {
    provinceCodes: query.provinceCode ? [query.provinceCode] : undefined,
    // A liaison exports only their own entity; staff see the public directory.
    entityCode: actor.role === 'liaison' ? (actor.entityCode ?? '-') : undefined,
  });
  const bytes = await writeTableFile(
    directoryFileColumns,
    rows.map((row) => [
      row.code,
      row.kind,
      row.provinceCode ?? '',
      row.officialName,
      row.shortName,
      row.alias ?? '',
      row.unitTypeCode ?? '',
      row.unitName ?? '',
    ]),
    query.format,
    'Direktori',
  );
  return {
    bytes,
    fileName: `direktori${query.provinceCode ? `-${query.provinceCode}` : ''}.${query.format}`,
  };
}
