import type { PublicEntity, PublicEntityHistoryEntry } from '../../contracts/public-results.contract';
import type { Queryable } from '../db/database';
import { countActiveEntitiesByKind, findEntityByCode } from '../db/repositories/entities.repository';
import { listEntityResultsInSnapshots } from '../db/repositories/results.repository';
import { notFoundError } from '../errors';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';
import { toPublicResult } from '../presenters/public-results.presenter';
import type { PublicView } from './load-public-view';

/** An entity with its published history: score, category, zone and ranks per year, oldest first. */
export async function getPublicEntity(db: Queryable, view: PublicView, code: string): Promise<PublicEntity> {
  const entity = await findEntityByCode(db, code);
  if (!entity) throw notFoundError();
  const rows = await listEntityResultsInSnapshots(
    db,
    code,
    view.current.map((snapshot) => snapshot.id),
  );
  const snapshotById = new Map(view.current.map((snapshot) => [snapshot.id, snapshot]));
  const dated = rows
    .map((row) => ({ row, snapshot: snapshotById.get(row.snapshotId) }))
    .filter((item) => item.snapshot !== undefined)
    .sort((a, b) => (a.snapshot?.year ?? 0) - (b.snapshot?.year ?? 0));
  const zonesByRef = new Map<string, boolean>();
  for (const { snapshot } of dated) {
    const ref = snapshot ? `${snapshot.methodologyId}@${snapshot.methodologyVersion}` : '';
    if (!zonesByRef.has(ref))
      zonesByRef.set(ref, (await findCachedEdition(ref))?.methodology.classification.hasZones !== false);
  }
  const history: PublicEntityHistoryEntry[] = dated.map(({ row, snapshot }, index) => {
    const before = dated[index - 1];
    const previous = before && before.snapshot?.year === (snapshot?.year ?? 0) - 1 ? before.row : undefined;
    const { entityCode, entityName, kind, provinceCode, provinceName, ...result } = toPublicResult(
      row,
      previous,
    );
    const methodologyRef = snapshot ? `${snapshot.methodologyId}@${snapshot.methodologyVersion}` : '';
    return {
      ...result,
      year: snapshot?.year ?? 0,
      methodologyRef,
      hasZones: zonesByRef.get(methodologyRef) ?? true,
    };
  });
  const latest = dated.at(-1)?.row;
  const kindInDirectory = (await countActiveEntitiesByKind(db)).get(entity.kind) ?? 0;
  return {
    code: entity.code,
    name: latest?.entityName ?? entity.shortName,
    kind: entity.kind,
    provinceCode: entity.provinceCode,
    provinceName: latest?.provinceName ?? null,
    // Never below an assessed count: the directory may not list every ministry or agency ever assessed.
    kindInDirectory: Math.max(kindInDirectory, ...history.map((entry) => entry.rankNationalOf)),
    history,
  };
}
