import { planImprovements } from '../../core';
import type { Methodology } from '../../core/methodology/methodology.schema';
import type { Database } from '../db/database';
import {
  type EntityResultRow,
  findEntityResultInSnapshot,
  listUnitResultsOfEntityResult,
  type UnitResultRow,
} from '../db/repositories/document-sources.repository';
import { listAnswerNotesOfLocus } from '../db/repositories/rapor-notes.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { jakartaDateOf } from './build-piagam-input';
import {
  buildComputedRaporInput,
  buildSnapshotRaporInput,
  type ScoringDetail,
} from './build-snapshot-rapor-input';
import { methodologyOf } from './generate-piagam';
import { rebuildEntityScore } from './rebuild-entity-score';
import { renderSnapshotRaporPdf } from './render-snapshot-rapor';
import { resolveSigning } from './resolve-signing';

export interface RaporRequest {
  snapshot: ResultSnapshotRow;
  entity: EntityResultRow;
  /** The snapshot of the year before that the reader may see, for the change since last year. */
  previousSnapshot?: ResultSnapshotRow;
  language: 'id' | 'en';
  now: Date;
}

/**
 * One entity's rapor from a stored snapshot. A computed snapshot gives the full rapor (dimensions, weakest
 * indicators with the assessors' notes, the planner's recommendations); imported totals give the summary,
 * ranks, change since last year and units.
 */
export async function generateRapor(db: Database, request: RaporRequest): Promise<Buffer> {
  const { snapshot, entity, previousSnapshot } = request;
  const previousRow = previousSnapshot
    ? await findEntityResultInSnapshot(db, previousSnapshot.id, entity.entityCode)
    : undefined;
  const units = await listUnitResultsOfEntityResult(db, entity.id);
  const methodology = await methodologyOf(snapshot);
  const source = {
    snapshot,
    entity,
    units,
    ...(previousSnapshot && previousRow
      ? { previous: { year: previousSnapshot.year, row: previousRow } }
      : {}),
    methodology,
    signing: await resolveSigning(db, snapshot.year, entity.provinceCode),
    language: request.language,
    issuedOn: jakartaDateOf(request.now),
  };
  const detail = await loadScoringDetail(db, snapshot, entity, units, methodology);
  return detail
    ? renderSnapshotRaporPdf(buildComputedRaporInput(source, detail), true)
    : renderSnapshotRaporPdf(buildSnapshotRaporInput(source), false);
}

/** The scores behind a computed result, its improvement plan and the notes of its cycle's answers. */
async function loadScoringDetail(
  db: Database,
  snapshot: ResultSnapshotRow,
  entity: EntityResultRow,
  units: readonly UnitResultRow[],
  methodology: Methodology,
): Promise<ScoringDetail | undefined> {
  if (snapshot.source !== 'computed') return undefined;
  const entityScore = rebuildEntityScore(entity, units, methodology);
  if (entityScore === undefined) return undefined;
  const notes = snapshot.cycleId ? await listAnswerNotesOfLocus(db, snapshot.cycleId, entity.entityId) : [];
  const seen = new Set<string>();
  const assessorNotes = notes.flatMap((row) => {
    const key = `${row.unitId}\u0000${row.indicatorCode}\u0000${row.note}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ unitCode: row.unitId, indicatorCode: row.indicatorCode, note: row.note }];
  });
  return { entityScore, plan: planImprovements(entityScore, methodology), assessorNotes };
}
