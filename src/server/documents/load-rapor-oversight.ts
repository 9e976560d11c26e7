import type { Methodology } from '../../core/methodology/methodology.schema';
import type { Queryable } from '../db/database';
import { findCycleByYear } from '../db/repositories/cycles.repository';
import type { EntityResultRow } from '../db/repositories/document-sources.repository';
import {
  listOversightProducts,
  loadFollowUpStatusAtCutOff,
} from '../db/repositories/oversight-products.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { oversightCutOffOf } from '../results/load-opinion-inputs';
import type { SnapshotRaporSource } from './build-snapshot-rapor-input';
import { isZonelessEdition } from './piagam-eligibility';

/**
 * The oversight products a rapor lists under what to fix (Opini editions, computed from a cycle): those not
 * followed up in full at the cycle's cut-off — the same reading finalising made, so the list matches the label.
 * The cut-off lies in the past, so the list does not change after publication and the cached PDF stays right.
 */
export async function loadRaporOversight(
  db: Queryable,
  snapshot: ResultSnapshotRow,
  entity: EntityResultRow,
  methodology: Methodology,
): Promise<SnapshotRaporSource['oversight']> {
  if (!isZonelessEdition(methodology) || snapshot.cycleId === null) return undefined;
  const cycle = await findCycleByYear(db, snapshot.year);
  if (!cycle || cycle.id !== snapshot.cycleId) return undefined;
  const cutOff = oversightCutOffOf(cycle, entity.provinceCode);
  const open = new Set((await loadFollowUpStatusAtCutOff(db, entity.entityId, cutOff)).openProductIds);
  const products = (await listOversightProducts(db, entity.entityId)).filter((product) =>
    open.has(product.id),
  );
  return {
    cutOff,
    open: products.map((product) => ({
      kind: product.kind,
      number: product.number,
      subject: product.subject,
      dueOn: product.dueOn,
    })),
  };
}
