import type { PeerScore } from '../../web/features/plans/simulate-changes';
import type { Queryable } from '../db/database';
import type { EntityRow } from '../db/repositories/entities.repository';
import { listPublishedScoresOfYear, listPublishedYears } from '../db/repositories/plan-sources.repository';

/** Kabupaten and kota are ranked together within a province (as published); other kinds on their own. */
function provinceKinds(kind: string): string[] {
  return kind === 'pemkab' || kind === 'pemkot' ? ['pemkab', 'pemkot'] : [kind];
}

/**
 * The other entities' published scores to rank against: the year's snapshot, or the newest earlier one
 * when the year has none yet (a cycle still running ranks against last year's table).
 */
export async function loadPeerScores(
  db: Queryable,
  entity: EntityRow,
  year: number | null,
  now: Date,
): Promise<{ year: number | null; province: PeerScore[]; national: PeerScore[] }> {
  const years = await listPublishedYears(db, now);
  const peerYear = (year === null ? years[0] : years.find((candidate) => candidate <= year)) ?? years[0];
  if (peerYear === undefined) return { year: null, province: [], national: [] };
  const rows = await listPublishedScoresOfYear(
    db,
    peerYear,
    provinceKinds(entity.kind).concat(entity.kind),
    now,
  );
  const toPeer = (row: (typeof rows)[number]): PeerScore => ({
    code: row.code,
    name: row.name,
    score: row.score,
  });
  return {
    year: peerYear,
    province:
      entity.provinceCode === null
        ? []
        : rows.filter((row) => row.provinceCode === entity.provinceCode).map(toPeer),
    national: rows.filter((row) => row.kind === entity.kind).map(toPeer),
  };
}
