import type { PublicCycle, PublicResult } from '../../contracts/public-results.contract';
import type { EntityResultRow, ResultSnapshotRow } from '../db/repositories/results.repository';
import { rankMovementOf } from './rank-movement';

export function toPublicCycle(
  snapshot: ResultSnapshotRow,
  counts: { rows: number; demo: number } | undefined,
  hasZones: boolean,
): PublicCycle {
  return {
    year: snapshot.year,
    snapshotId: snapshot.id,
    source: snapshot.source,
    methodologyRef: `${snapshot.methodologyId}@${snapshot.methodologyVersion}`,
    methodologySha256: snapshot.methodologySha256,
    decreeNumber: snapshot.decreeNumber,
    decreeDate: snapshot.decreeDate,
    publishedAt: snapshot.embargoAt.toISOString(),
    entityCount: counts?.rows ?? 0,
    hasDemoValues: (counts?.demo ?? 0) > 0,
    hasZones,
  };
}

/**
 * A stored row as published; `previous` is the same entity in the year before (for movement, shown only
 * between the same populations: rank-movement.ts).
 */
export function toPublicResult(row: EntityResultRow, previous: EntityResultRow | undefined): PublicResult {
  return {
    entityCode: row.entityCode,
    entityName: row.entityName,
    kind: row.kind as PublicResult['kind'],
    provinceCode: row.provinceCode,
    provinceName: row.provinceName,
    score: row.score,
    category: row.category,
    opinionLabel: { id: row.opinionLabelId, en: row.opinionLabelEn },
    zone: row.zone,
    categoryColour: row.categoryColour,
    zoneColour: row.zoneColour,
    rankNational: row.rankNational,
    rankNationalOf: row.rankNationalOf,
    rankProvince: row.rankProvince,
    rankProvinceOf: row.rankProvinceOf,
    ...rankMovementOf(row, previous),
    previousScore: previous?.score ?? null,
    flags: row.flags,
    isDemoValue: row.isDemoValue,
    note: row.note,
  };
}
