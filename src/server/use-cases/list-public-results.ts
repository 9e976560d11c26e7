import type {
  PublicCycle,
  PublicResultList,
  PublicResultsQuery,
} from '../../contracts/public-results.contract';
import type { Queryable } from '../db/database';
import { countActiveEntitiesByKind } from '../db/repositories/entities.repository';
import { countSnapshotRows, listEntityResults } from '../db/repositories/results.repository';
import { notFoundError } from '../errors';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';
import { toPublicCoverage } from '../presenters/public-coverage.presenter';
import { toPublicCycle, toPublicResult } from '../presenters/public-results.presenter';
import type { PublicView } from './load-public-view';

/** The published years; a year still under embargo is not among them. */
export async function listPublicCycles(db: Queryable, view: PublicView): Promise<{ items: PublicCycle[] }> {
  const counts = await countSnapshotRows(
    db,
    view.current.map((snapshot) => snapshot.id),
  );
  const items: PublicCycle[] = [];
  for (const snapshot of view.current)
    items.push(toPublicCycle(snapshot, counts.get(snapshot.id), await hasZonesOf(snapshot)));
  return { items };
}

/** The snapshot a results request reads (the latest year when none is asked); 404 for an unpublished year. */
export function pickPublicSnapshot(view: PublicView, year: number | undefined) {
  const snapshot = year === undefined ? view.current[0] : view.current.find((item) => item.year === year);
  if (!snapshot) throw notFoundError();
  const previous = view.current.find((item) => item.year === snapshot.year - 1);
  return { snapshot, previous };
}

/** A published results table, from the stored snapshot rows, with ranks of the year before for movement. */
export async function listPublicResults(
  db: Queryable,
  view: PublicView,
  query: PublicResultsQuery,
): Promise<PublicResultList> {
  const { snapshot, previous } = pickPublicSnapshot(view, query.year);
  const rows = await listEntityResults(db, snapshot.id);
  const previousRows = previous ? await listEntityResults(db, previous.id) : [];
  const previousByCode = new Map(previousRows.map((row) => [row.entityCode, row]));
  const counts = await countSnapshotRows(db, [snapshot.id]);
  const inScope = rows.filter((row) => (query.province ? row.provinceCode === query.province : true));
  const items = inScope
    .filter((row) => (query.kind ? row.kind === query.kind : true))
    .map((row) => toPublicResult(row, previousByCode.get(row.entityCode)));
  const coverage = toPublicCoverage(inScope, await countActiveEntitiesByKind(db, query.province));
  return {
    cycle: toPublicCycle(snapshot, counts.get(snapshot.id), await hasZonesOf(snapshot)),
    items,
    coverage,
  };
}

/** Whether the snapshot's edition has zones (an edition missing from the catalogue is taken to have them). */
async function hasZonesOf(snapshot: { methodologyId: string; methodologyVersion: string }): Promise<boolean> {
  const edition = await findCachedEdition(`${snapshot.methodologyId}@${snapshot.methodologyVersion}`);
  return edition?.methodology.classification.hasZones !== false;
}
