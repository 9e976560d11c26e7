import { CoreError } from '../errors/core-error';
import type { LocalizedText } from '../methodology/localized-text.schema';
import type { Methodology } from '../methodology/methodology.schema';
import { roundHalfUp } from '../numbers/round-half-up';

export interface Classification {
  /** The score as published: rounded half-up to the edition's decimals; the band is chosen on this value. */
  roundedScore: number;
  category: string;
  label: LocalizedText;
  zone: string;
  zoneLabel: LocalizedText;
  colour: string;
  zoneColour: string;
}

export interface ClassifyContext {
  /** 2025: adds the "Tanpa Maladministrasi" suffix when the entity followed up the Ombudsman's findings. */
  followedUpFindings?: boolean;
}

/** The category, opinion label, zone and colour of a score under an edition's bands. */
export function classify(
  score: number,
  methodology: Methodology,
  context: ClassifyContext = {},
): Classification {
  const { rounding, bands, zones, labelSuffix } = methodology.classification;
  const steps = 10 ** rounding.decimals;
  if (!Number.isFinite(score)) throw outOfRange(score);
  const roundedScore = roundHalfUp(score, rounding.decimals);
  const scaled = Math.round(roundedScore * steps);
  const band = bands.find((candidate) => {
    return Math.round(candidate.min * steps) <= scaled && scaled <= Math.round(candidate.max * steps);
  });
  if (band === undefined) throw outOfRange(score);
  const zone = zones.find((candidate) => candidate.code === band.zone);
  const suffix =
    labelSuffix !== undefined && context.followedUpFindings === true ? labelSuffix.text : undefined;
  return {
    roundedScore,
    category: band.category,
    label: suffix ? { id: `${band.label.id} ${suffix.id}`, en: `${band.label.en} ${suffix.en}` } : band.label,
    zone: band.zone,
    zoneLabel: zone?.label ?? { id: band.zone, en: band.zone },
    colour: band.colour,
    zoneColour: zone?.colour ?? band.colour,
  };
}

function outOfRange(score: number): CoreError {
  return new CoreError('SCORE_OUT_OF_RANGE', {
    id: `skor ${score} di luar rentang 0–100`,
    en: `score ${score} is outside 0–100`,
  });
}
