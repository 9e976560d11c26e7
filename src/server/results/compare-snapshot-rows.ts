import type { SnapshotChange } from '../../contracts/results.contract';

interface ComparableRow {
  entityCode: string;
  entityName: string;
  score: number;
  category: string;
  rankProvince: number | null;
  rankNational: number;
}

/** What a new snapshot changes against the one it supersedes: entities added, removed or with new values. */
export function compareSnapshotRows(
  before: readonly ComparableRow[],
  after: readonly ComparableRow[],
): SnapshotChange[] {
  const beforeByCode = new Map(before.map((row) => [row.entityCode, row]));
  const afterByCode = new Map(after.map((row) => [row.entityCode, row]));
  const changes: SnapshotChange[] = [];
  const pick = (row: ComparableRow) => ({
    score: row.score,
    category: row.category,
    rankProvince: row.rankProvince,
  });
  for (const row of after) {
    const old = beforeByCode.get(row.entityCode);
    if (!old)
      changes.push({
        entityCode: row.entityCode,
        entityName: row.entityName,
        change: 'added',
        before: null,
        after: pick(row),
      });
    else if (
      old.score !== row.score ||
      old.category !== row.category ||
      old.rankProvince !== row.rankProvince ||
      old.rankNational !== row.rankNational
    )
      changes.push({
        entityCode: row.entityCode,
        entityName: row.entityName,
        change: 'changed',
        before: pick(old),
        after: pick(row),
      });
  }
  for (const row of before) {
    if (!afterByCode.has(row.entityCode))
      changes.push({
        entityCode: row.entityCode,
        entityName: row.entityName,
        change: 'removed',
        before: pick(row),
        after: null,
      });
  }
  return changes.sort((a, b) => (a.entityCode < b.entityCode ? -1 : a.entityCode > b.entityCode ? 1 : 0));
}
