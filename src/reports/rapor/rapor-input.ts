import type { Language } from '../../core/numbers/format-decimal';

/** A rank within a group: "2 of 17". */
export interface RankPosition {
  rank: number;
  total: number;
}

export interface RaporDimension {
  code: string;
  name: string;
  /** % of the unit score (the edition's weight). */
  weight: number;
  /** 0–100, unit-weighted mean of the units' dimension scores. */
  score: number;
  /** The colour of the band this score falls in, for the chart. */
  colour: string;
}

export interface RaporUnitRow {
  code: string;
  name: string;
  typeName: string;
  score: number;
  category: string;
  zone: string;
  zoneColour: string;
  /** Dimension code → 0–100, null where the dimension does not apply to the unit. */
  dimensionScores: Record<string, number | null>;
}

export interface RaporWeakIndicator {
  code: string;
  text: string;
  /** 0–100 over the units (unit-weighted). */
  score: number;
  /** The unit where it scored lowest. */
  weakestUnit: { name: string; score: number } | null;
  notes: string[];
}

export interface RaporRecommendation {
  indicatorCode: string;
  text: string;
  unitName: string;
  /** Points the entity score gains when every answer of the indicator at the unit reaches the top level. */
  pointsGained: number;
  scoreAfter: number;
  categoryReached: string;
  zoneReached: string;
}

/** Everything a rapor shows, already in the document's language; the renderer only lays it out. */
export interface RaporInput {
  language: Language;
  issuer: { name: string; office?: string };
  entity: { code: string; name: string; kindName: string; provinceName?: string };
  year: number;
  methodologyTitle: string;
  result: {
    score: number;
    category: string;
    opinion: string;
    zone: string;
    zoneColour: string;
    /** Printed with the result when it is not an ordinary accepted one (not accepted, override, corrected, demo). */
    notices?: string[];
  };
  ranks: { province?: RankPosition & { groupName: string }; national?: RankPosition & { groupName: string } };
  previous?: { year: number; score: number; provinceRank?: number; nationalRank?: number };
  dimensions: RaporDimension[];
  units: RaporUnitRow[];
  weakestIndicators: { dimensionCode: string; dimensionName: string; indicators: RaporWeakIndicator[] }[];
  recommendations: RaporRecommendation[];
  /** The fewest raises to the next category (from the planner); null in the best category. */
  nextCategory: {
    category: string;
    targetScore: number;
    reachable: boolean;
    raiseCount: number;
    steps: number;
    projectedScore: number;
    maximumScore: number;
  } | null;
  /** Calendar date "YYYY-MM-DD" the rapor was issued. */
  issuedOn: string;
  /** The edition has no zones (Opini Ombudsman): the opinion label stands where the zone would. */
  zoneless?: boolean;
  /** Opini editions: the three elements behind the score (instrument, public trust, compliance). */
  opinionElements?: { name: string; weight: number; score: number }[];
  /** Opini editions: oversight products not followed up in full at the cycle's cut-off, to fix first. */
  openOversightProducts?: { kindName: string; number: string; subject: string; dueOn?: string }[];
  /** The cut-off date the products were read at ("YYYY-MM-DD"), printed with them. */
  oversightCutOff?: string;
  /** The rapor's own verification code (`XXXX-XXXX-XX`) and the URL its QR code encodes. */
  verification?: { code: string; url: string };
  /** The issuing office's emblem or letterhead, a PNG or JPEG data URL, printed at the top when set. */
  letterhead?: string;
}
