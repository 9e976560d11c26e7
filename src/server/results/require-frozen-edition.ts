import { editionOfCycle } from '../cycles/require-cycle';
import type { CycleRow } from '../db/repositories/cycles.repository';
import { DomainError } from '../errors';
import type { CatalogEntry } from '../methodologies/load-methodology-catalog';

/**
 * The edition the cycle's answers were collected under, refused when its text is no longer the one frozen
 * when data collection opened (someone edited a used edition instead of publishing a new version).
 */
export async function requireFrozenEdition(cycle: CycleRow): Promise<CatalogEntry> {
  const edition = await editionOfCycle(cycle);
  if (cycle.methodologySha256 === null)
    throw new DomainError('METHODOLOGY_FROZEN', {
      id: `Metodologi siklus ${cycle.year} belum dibekukan (pengumpulan data belum dibuka).`,
      en: `The methodology of cycle ${cycle.year} is not frozen yet (data collection has not opened).`,
    });
  if (edition.sha256 !== cycle.methodologySha256)
    throw new DomainError('METHODOLOGY_FROZEN', {
      id: `Isi edisi ${cycle.methodologyRef} berubah sejak dibekukan (hash ${edition.sha256.slice(0, 12)}… ≠ ${cycle.methodologySha256.slice(0, 12)}…); hasil tidak dapat dihitung.`,
      en: `Edition ${cycle.methodologyRef} changed since it was frozen (hash ${edition.sha256.slice(0, 12)}… ≠ ${cycle.methodologySha256.slice(0, 12)}…); results cannot be computed.`,
    });
  return edition;
}
