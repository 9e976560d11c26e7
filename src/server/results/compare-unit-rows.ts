import type { UnitChange } from '../../contracts/finalise.contract';

interface ComparableUnitRow {
  entityCode: string;
  unitId: string | null;
  unitName: string;
  unitTypeCode: string;
  score: number;
  category: string;
  rankUnitTypeProvince: number | null;
}

/** Units added, removed or with a new score, category or rank between two snapshots (keyed by entity and unit). */
export function compareUnitRows(
  before: readonly ComparableUnitRow[],
  after: readonly ComparableUnitRow[],
): UnitChange[] {
  const keyOf = (row: ComparableUnitRow) => `${row.entityCode}\u0000${row.unitId ?? row.unitName}`;
  const beforeByKey = new Map(before.map((row) => [keyOf(row), row]));
  const afterKeys = new Set(after.map(keyOf));
  const pick = (row: ComparableUnitRow) => ({
    score: row.score,
    category: row.category,
    rankUnitTypeProvince: row.rankUnitTypeProvince,
  });
  const describe = (row: ComparableUnitRow) => ({
    entityCode: row.entityCode,
    unitId: row.unitId,
    unitName: row.unitName,
    unitTypeCode: row.unitTypeCode,
  });
  const changes: UnitChange[] = [];
  for (const row of after) {
    const old = beforeByKey.get(keyOf(row));
    if (!old) changes.push({ ...describe(row), change: 'added', before: null, after: pick(row) });
    else if (
      old.score !== row.score ||
      old.category !== row.category ||
      old.rankUnitTypeProvince !== row.rankUnitTypeProvince
    )
      changes.push({ ...describe(row), change: 'changed', before: pick(old), after: pick(row) });
  }
  for (const row of before)
    if (!afterKeys.has(keyOf(row)))
      changes.push({ ...describe(row), change: 'removed', before: pick(row), after: null });
  return changes.sort(
    (a, b) =>
      compareText(a.entityCode, b.entityCode) ||
      compareText(a.unitName, b.unitName) ||
      compareText(a.unitId ?? '', b.unitId ?? ''),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
