import type { MethodologyListing } from '../../contracts/methodology.contract';
import { cachedMethodologyCatalog } from '../methodologies/cached-methodology-catalog';
import { toMethodologyListing } from '../presenters/methodology.presenter';

/**
 * Every valid edition of the catalogue for the public methodology page, newest year first (a revision "2024r1"
 * before the edition "2024" it corrects), then by ref.
 */
export async function listMethodologyEditions(): Promise<MethodologyListing[]> {
  const { editions } = await cachedMethodologyCatalog();
  return [...editions]
    .sort((a, b) =>
      a.methodology.version === b.methodology.version
        ? a.ref.localeCompare(b.ref)
        : a.methodology.version < b.methodology.version
          ? 1
          : -1,
    )
    .map(toMethodologyListing);
}
