import { loadMethodologyCatalog, type MethodologyCatalog } from '../methodologies/load-methodology-catalog';

let catalog: Promise<MethodologyCatalog> | undefined;

/** The shipped editions, read once per process: editions are never edited once used. */
export function loadResultsCatalog(): Promise<MethodologyCatalog> {
  catalog ??= loadMethodologyCatalog();
  return catalog;
}
