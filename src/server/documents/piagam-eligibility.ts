import type { Methodology } from '../../core/methodology/methodology.schema';
import { DomainError } from '../errors';

/** Editions without zones (the Opini Ombudsman method, domain.md §7): the portal and documents name no zone. */
export function isZonelessEdition(methodology: Methodology): boolean {
  return methodology.classification.hasZones === false;
}

/** The category of the edition's highest band ("A": Kualitas Tertinggi on the Opini editions). */
export function topCategoryOf(methodology: Methodology): string | undefined {
  return [...methodology.classification.bands].sort((a, b) => b.min - a.min)[0]?.category;
}

/**
 * Whether a result gets a piagam at all. On the Opini editions the piagam is the "Opini Ombudsman RI" award and
 * goes only to Kualitas Tertinggi, with or without "Tanpa Maladministrasi" (domain.md §7); everyone still gets
 * the rapor. Editions with zones print a piagam for every result (an award in the best zone).
 */
export function isPiagamIssued(methodology: Methodology, category: string): boolean {
  return !isZonelessEdition(methodology) || category === topCategoryOf(methodology);
}

export function requirePiagamIssued(methodology: Methodology, category: string, name: string): void {
  if (isPiagamIssued(methodology, category)) return;
  throw new DomainError('NOT_FOUND', {
    id: `Piagam Opini Ombudsman RI hanya diberikan kepada predikat Kualitas Tertinggi; ${name} menerima rapor.`,
    en: `The Opini Ombudsman RI award goes only to Kualitas Tertinggi; ${name} receives its rapor.`,
  });
}
