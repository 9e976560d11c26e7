import { compareRevisionScoring } from '../../core';
import type { CycleRow } from '../db/repositories/cycles.repository';
import { DomainError } from '../errors';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';

/**
 * A cycle whose edition is frozen may move only to the corrected revision of that edition, and only when the
 * revision scores the collected answers the same way (compareRevisionScoring: bands and added unit types may
 * differ, nothing else). Returns the revision's hash, which becomes the cycle's frozen hash
 * (docs/decisions/005). Anything else keeps the frozen edition (409 METHODOLOGY_FROZEN).
 */
export async function requireScoringEquivalentRevision(
  cycle: CycleRow,
  revisionRef: string,
): Promise<string> {
  const locked = () =>
    new DomainError('METHODOLOGY_FROZEN', {
      id: `Edisi metodologi siklus ${cycle.year} sudah dikunci (${cycle.methodologyRef}) sejak pengumpulan data dibuka; hanya revisi koreksi edisi itu yang menilai jawaban dengan cara sama yang dapat menggantikannya.`,
      en: `The methodology edition of the ${cycle.year} cycle is locked (${cycle.methodologyRef}) since data collection opened; only a corrected revision of it that scores the answers the same way can replace it.`,
    });
  const frozen = await findCachedEdition(cycle.methodologyRef);
  const revision = await findCachedEdition(revisionRef);
  if (!frozen || !revision || revision.methodology.revisionOf?.ref !== frozen.ref) throw locked();
  // The frozen text must be the one in the catalogue, or we would be vouching for answers scored otherwise.
  if (cycle.methodologySha256 !== null && cycle.methodologySha256 !== frozen.sha256) throw locked();
  const differences = compareRevisionScoring(frozen.methodology, revision.methodology);
  if (differences.length > 0)
    throw new DomainError('METHODOLOGY_FROZEN', {
      id: `Revisi ${revisionRef} mengubah cara menilai (${differences.join(', ')}); siklus ${cycle.year} tetap memakai ${cycle.methodologyRef}.`,
      en: `Revision ${revisionRef} changes how answers are scored (${differences.join(', ')}); the ${cycle.year} cycle keeps ${cycle.methodologyRef}.`,
    });
  return revision.sha256;
}
