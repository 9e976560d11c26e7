import type { Queryable } from '../../src/server/db/database';
import { upsertSignatories } from '../../src/server/db/repositories/document-signatories.repository';

/** The centre's signatory printed on the piagam of each test year. */
export const testCentreSignatory = {
  name: 'Penandatangan Uji Pusat',
  title: 'Ketua Ombudsman Republik Indonesia',
};

/**
 * Sets the centre's signatory of each year: a public piagam is refused (409 PIAGAM_NOT_SIGNED) until its
 * year's signatories are set, as an operator would before publishing.
 */
export async function signDocumentYears(db: Queryable, years: readonly number[]): Promise<void> {
  for (const year of years) {
    await upsertSignatories(db, {
      year,
      officeCode: 'pusat',
      signatories: [testCentreSignatory],
      place: 'Jakarta',
    });
  }
}
