import type { MethodologyListing, MethodologyStanding } from '../../contracts/methodology.contract';
import { countProvenance, type Methodology } from '../../core';
import type { CatalogEntry } from '../methodologies/load-methodology-catalog';

/** A corrected revision's `supersededBy` outranks the status the file states (docs/decisions/005). */
export function standingOf(methodology: Methodology): MethodologyStanding {
  if (methodology.supersededBy) return 'superseded';
  if (methodology.status === 'retired') return 'history';
  if (methodology.status === 'draft') return 'draft';
  return 'in-force';
}

export function toMethodologyListing(entry: CatalogEntry): MethodologyListing {
  const { methodology } = entry;
  return {
    ref: entry.ref,
    id: methodology.id,
    version: methodology.version,
    title: methodology.title,
    standing: standingOf(methodology),
    supersededBy: methodology.supersededBy ?? null,
    revisionOf: methodology.revisionOf ?? null,
    sha256: entry.sha256,
    provenance: countProvenance(methodology),
  };
}
