/** Someone who answered: an official, a complaint officer, a service user, or the assessor recording observations. */
export interface Respondent {
  id: string;
  role: string;
  name?: string;
}

/** One respondent's level on one indicator; `evidence` lists the supporting documents (ids, file names). */
export interface Answer {
  indicator: string;
  respondent: string;
  level: number;
  evidence?: readonly string[];
}

/** Everything collected at one locus (assessed service unit). */
export interface UnitAnswers {
  code: string;
  name: string;
  type: string;
  /** Number of service products observed; weights the unit when the edition aggregates by products. */
  serviceProducts?: number;
  respondents: readonly Respondent[];
  answers: readonly Answer[];
}

/** How the entity dealt with Ombudsman oversight products (LAHP corrective actions, LHA advice, recommendations). */
export interface OversightStatus {
  ignoredProducts: number;
  followedUpFindings: boolean;
  /** 2025+: the compliance element (0–100), e.g. `scoreOversightCompliance` of the register at the cut-off. */
  complianceScore?: number;
}

/** One assessed government or institution with all its units. */
export interface EntityAnswers {
  code: string;
  name: string;
  kind: string;
  province?: string;
  oversight?: OversightStatus;
  /** 2025: the public-trust score (0–100) blended with the dimensions. */
  publicTrustScore?: number;
  units: readonly UnitAnswers[];
}

/** What scoring a unit needs to know about its entity. */
export interface UnitContext {
  entityKind: string;
}
