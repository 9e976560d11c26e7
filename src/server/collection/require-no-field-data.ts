import type { Queryable } from '../db/database';
import { findLocusUnit } from '../db/repositories/loci.repository';
import { countFieldData } from '../db/repositories/respondents.repository';
import { DomainError } from '../errors';

/**
 * Refuses taking units out of a locus (or the locus out of the cycle) once field data was recorded there:
 * respondents, answers, survey responses or complaint records must never be deleted as a side effect.
 */
export async function requireNoFieldData(
  db: Queryable,
  locusId: string,
  units: readonly { id: string; name: string }[],
  entityName: string,
): Promise<void> {
  const locusUnitIds = new Map<string, string>();
  for (const unit of units) {
    const locusUnit = await findLocusUnit(db, locusId, unit.id);
    if (locusUnit) locusUnitIds.set(locusUnit.id, unit.name);
  }
  const totals = await countFieldData(db, [...locusUnitIds.keys()]);
  const withData = [...locusUnitIds].filter(([id]) => (totals.get(id) ?? 0) > 0).map(([, name]) => name);
  if (withData.length === 0) return;
  const names = withData.sort().join(', ');
  throw new DomainError('CONFLICT', {
    id: `Unit ${names} (${entityName}) sudah memiliki data lapangan (responden, jawaban, survei, atau catatan pengaduan); unit tersebut tidak dapat dihapus dari lokus agar data tidak hilang.`,
    en: `Unit ${names} (${entityName}) already has field data (respondents, answers, survey responses or complaint records); it cannot be taken out of the locus, so no data is lost.`,
  });
}
