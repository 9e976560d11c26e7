import { lociFileColumns } from '../../contracts/imports.contract';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { listLocusUnitRows } from '../db/repositories/loci.repository';
import { writeTableFile } from '../imports/write-table-file';
import { locusScopeOf } from '../loci/locus-scope-of';

/** The cycle's loci in the actor's scope as the same file the import reads: exporting then importing changes nothing. */
export async function exportLoci(
  db: Queryable,
  actor: RequestActor,
  year: number,
  format: 'csv' | 'xlsx',
): Promise<{ bytes: Buffer; fileName: string }> {
  const cycle = await requireCycle(db, year);
  const rows = await listLocusUnitRows(db, cycle.id, locusScopeOf(actor));
  const bytes = await writeTableFile(
    lociFileColumns,
    rows.map((row) => [row.entityCode, row.entityName, row.unitTypeCode ?? '', row.unitName ?? '']),
    format,
    `Lokus ${year}`,
  );
  return { bytes, fileName: `lokus-${year}.${format}` };
}
