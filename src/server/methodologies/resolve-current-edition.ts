import type { CatalogEntry, MethodologyCatalog } from './load-methodology-catalog';
import { findCatalogEdition } from './load-methodology-catalog';

export interface ResolvedEdition {
  /** The edition to use: the one asked for, or the corrected revision that replaces it. */
  entry: CatalogEntry;
  /** The superseded editions passed on the way, oldest first, each with why it was replaced. */
  superseded: CatalogEntry[];
}

/**
 * "<id>@<version>" as a person means it: when the edition was replaced by a corrected revision
 * (`supersededBy`, docs/decisions/005), the revision that is current. Frozen cycles and published snapshots
 * keep the exact edition (findCatalogEdition); classifying a score or importing history uses this.
 */
export function resolveCurrentEdition(catalog: MethodologyCatalog, ref: string): ResolvedEdition | undefined {
  let entry = findCatalogEdition(catalog, ref);
  if (entry === undefined) return undefined;
  const superseded: CatalogEntry[] = [];
  // A chain never loops in a valid catalogue; the bound keeps a hand-edited cycle from hanging the caller.
  while (entry.methodology.supersededBy !== undefined && superseded.length < catalog.editions.length) {
    const next = findCatalogEdition(catalog, entry.methodology.supersededBy.ref);
    if (next === undefined) break;
    superseded.push(entry);
    entry = next;
  }
  return { entry, superseded };
}
