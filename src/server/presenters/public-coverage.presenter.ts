import type { EntityKind } from '../../contracts/entities.contract';
import type { PublicCoverage } from '../../contracts/public-results.contract';

const kindOrder: readonly EntityKind[] = ['pemprov', 'pemkab', 'pemkot', 'kementerian', 'lembaga'];

/**
 * "N of M assessed" per kind: N the published rows of the kind, M the directory's active entities of the
 * kind — never fewer than N, since a directory may not list every ministry or agency that was assessed.
 * Kinds with nothing published are left out: the page says nothing about a kind the cycle did not assess.
 */
export function toPublicCoverage(
  rows: readonly { kind: string }[],
  directory: ReadonlyMap<EntityKind, number>,
): PublicCoverage[] {
  const assessed = new Map<string, number>();
  for (const row of rows) assessed.set(row.kind, (assessed.get(row.kind) ?? 0) + 1);
  return kindOrder
    .filter((kind) => (assessed.get(kind) ?? 0) > 0)
    .map((kind) => {
      const count = assessed.get(kind) ?? 0;
      return { kind, assessed: count, inDirectory: Math.max(count, directory.get(kind) ?? 0) };
    });
}
