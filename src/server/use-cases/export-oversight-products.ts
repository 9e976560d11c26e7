import { oversightFileColumns } from '../../contracts/oversight-products.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import {
  listOversightExportRows,
  type OversightExportScope,
} from '../db/repositories/oversight-products.repository';
import { writeTableFile } from '../imports/write-table-file';
import { requireEntityInScope } from '../plans/require-entity-in-scope';

/**
 * The register in the actor's scope (or of one entity) as the file the import reads, written through the
 * project's one CSV writer: exporting then importing changes nothing.
 */
export async function exportOversightProducts(
  db: Queryable,
  actor: RequestActor,
  query: { format: 'csv' | 'xlsx'; entityCode?: string | undefined },
): Promise<{ bytes: Buffer; fileName: string }> {
  if (query.entityCode) await requireEntityInScope(db, actor, 'oversight.read', query.entityCode);
  const scope = scopeOf(actor);
  const rows = await listOversightExportRows(db, {
    ...scope,
    entityCode: query.entityCode ?? scope.entityCode ?? null,
  });
  const bytes = await writeTableFile(
    oversightFileColumns,
    rows.map(({ entityCode, product, confirmedOn }) => [
      entityCode,
      product.kind,
      product.number,
      product.issuedOn,
      product.subject,
      product.issuingOffice,
      product.dueOn ?? '',
      product.followUpStatus,
      confirmedOn ?? '',
    ]),
    query.format,
    'Produk pengawasan',
  );
  const suffix = query.entityCode ? `-${query.entityCode}` : '';
  return { bytes, fileName: `produk-pengawasan${suffix}.${query.format}` };
}

function scopeOf(actor: RequestActor): OversightExportScope {
  if (actor.role === 'admin') return { provinceCodes: null };
  // A liaison sees only their own entity, whatever was asked.
  if (actor.role === 'liaison') return { provinceCodes: null, entityCode: actor.entityCode ?? '-' };
  return { provinceCodes: actor.provinceCodes };
}
