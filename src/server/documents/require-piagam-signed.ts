import type { Queryable } from '../db/database';
import { DomainError } from '../errors';
import { centreOfficeCode, resolveSigning } from './resolve-signing';

/**
 * Refuses (409 PIAGAM_NOT_SIGNED, as the public piagam route does) before anything is rendered when a piagam of
 * `year` would print the "(Penandatangan belum diatur)" placeholder: neither the centre nor the entity's
 * province office has set who signs that year. Only a piagam names its signatories; a rapor prints its issuing
 * office alone, so it needs none.
 */
export async function requirePiagamSigned(
  db: Queryable,
  year: number,
  provinceCodes: Iterable<string | null>,
): Promise<void> {
  const unsigned: string[] = [];
  for (const provinceCode of new Set(provinceCodes)) {
    const signing = await resolveSigning(db, year, provinceCode);
    if (signing.source === 'default') unsigned.push(provinceCode ?? centreOfficeCode);
  }
  if (unsigned.length > 0) throw piagamSignatoriesNotSet(year, unsigned.sort());
}

/** Said to staff (bulk jobs, the CLI): what is missing, where to set it, and that nothing was printed. */
function piagamSignatoriesNotSet(year: number, offices: string[]): DomainError {
  const listed = offices.length > 5 ? `${offices.slice(0, 5).join(', ')}, …` : offices.join(', ');
  return new DomainError('PIAGAM_NOT_SIGNED', {
    id: `Penandatangan piagam tahun ${year} belum diatur (kantor: ${listed}). Atur penandatangan pusat atau kantor perwakilan di halaman Dokumen, bagian "Penandatangan piagam", lalu cetak lagi. Tidak ada piagam yang dicetak.`,
    en: `The ${year} piagam signatories are not set (offices: ${listed}). Set the centre's or the province office's signatories on the Documents page ("Piagam signatories"), then print again. No piagam was printed.`,
  });
}
