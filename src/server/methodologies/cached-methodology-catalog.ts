import {
  type CatalogEntry,
  findCatalogEdition,
  loadMethodologyCatalog,
  type MethodologyCatalog,
} from './load-methodology-catalog';

let cached: Promise<MethodologyCatalog> | undefined;

/** The catalogue read once per process: editions never change while the server runs (publish a new version). */
export function cachedMethodologyCatalog(): Promise<MethodologyCatalog> {
  cached ??= loadMethodologyCatalog();
  return cached;
}

export async function findCachedEdition(ref: string): Promise<CatalogEntry | undefined> {
  return findCatalogEdition(await cachedMethodologyCatalog(), ref);
}
