import type { LocalizedText } from '../methodology/localized-text.schema';
import type { Methodology } from '../methodology/methodology.schema';
import { classify } from './classify';

export interface OpinionLabel {
  category: string;
  roundedScore: number;
  /** "Kualitas Tinggi": the band's label, what the score alone earns. */
  baseLabel: LocalizedText;
  /** "Kualitas Tinggi Tanpa Maladministrasi" when the suffix applies, else the base label. */
  label: LocalizedText;
  hasSuffix: boolean;
}

/**
 * The Opini Ombudsman label of a final score (domain.md §7): the band's label, plus the edition's suffix
 * ("Tanpa Maladministrasi") when the entity followed up every oversight product in full. Editions without a
 * suffix rule ignore `followedUpEveryProduct`.
 */
export function opinionLabel(
  score: number,
  methodology: Methodology,
  followedUpEveryProduct: boolean,
): OpinionLabel {
  const base = classify(score, methodology);
  const full = classify(score, methodology, { followedUpFindings: followedUpEveryProduct });
  return {
    category: base.category,
    roundedScore: base.roundedScore,
    baseLabel: base.label,
    label: full.label,
    hasSuffix: full.label.id !== base.label.id,
  };
}
