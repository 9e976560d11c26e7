// The public API of the pure core: methodology editions, scoring, classification, ranking, plans, completeness.
// Imports only zod and files in src/core, so the same code runs on the server, in the CLI and in the browser.

export type {
  Answer,
  EntityAnswers,
  OversightStatus,
  Respondent,
  UnitAnswers,
  UnitContext,
} from './answers/entity-answers';
export { validateEntityAnswers, validateUnitAnswers } from './answers/validate-entity-answers';
export { type Classification, type ClassifyContext, classify } from './classification/classify';
export { type OpinionLabel, opinionLabel } from './classification/opinion-label';
export {
  buildCollectionForms,
  type CollectionForms,
  type FormQuestion,
  type RespondentForm,
} from './collection/build-collection-forms';
export {
  type ComplaintTimes,
  type ResponseTimeSummary,
  summarizeResponseTimes,
} from './collection/summarize-response-times';
export {
  completeness,
  type MissingAnswer,
  type RoleCompleteness,
  type UnitCompleteness,
} from './completeness/completeness';
export { type EntityCompleteness, entityCompleteness } from './completeness/entity-completeness';
export { CoreError, type CoreErrorCode, formatIssuePath, type ValidationIssue } from './errors/core-error';
export {
  type Formatters,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatFileSize,
  formatLanguageOf,
  formatNumber,
  formatPercent,
  formatScore,
  formatScoreChange,
  formatTime,
  formattersFor,
  type Language,
  timeZoneOfProvince,
} from './format';
export type {
  Adjustment,
  Aggregation,
  OpinionElement,
  OpinionElementCode,
  OpinionElements,
  OversightDeduction,
  PublicTrustBlend,
  RespondentAggregation,
  UnitToEntity,
} from './methodology/aggregation.schema';
export { canonicalJson, canonicalMethodologyJson } from './methodology/canonical-methodology-json';
export type { Band, ClassificationRules, Zone } from './methodology/classification.schema';
export { compareRevisionScoring } from './methodology/compare-revision-scoring';
export { countProvenance, listProvenance, type ProvenanceEntry } from './methodology/list-provenance';
export {
  listUnitsOutsideEdition,
  type UnitOutsideEdition,
} from './methodology/list-units-outside-edition';
export { type LocalizedText, localizedTextSchema } from './methodology/localized-text.schema';
export { type Methodology, methodologySchema } from './methodology/methodology.schema';
export { methodologyJsonSchema } from './methodology/methodology-json-schema';
export { formatMethodologyRef, parseMethodologyRef } from './methodology/parse-methodology-ref';
export { type Provenance, type ProvenanceStatus, provenanceSchema } from './methodology/provenance.schema';
export type { RevisionOf, SupersededBy } from './methodology/revision.schema';
export type { Scale, ScaleLevel } from './methodology/scale.schema';
export type {
  Applicability,
  CollectionMethod,
  Dimension,
  EntityKind,
  EvidenceRule,
  Indicator,
  RespondentRole,
  UnitType,
  Variable,
} from './methodology/structure.schema';
export {
  assertValidMethodology,
  type MethodologyValidation,
  validateMethodology,
} from './methodology/validate-methodology';
export { roundHalfUp, toScaledInteger } from './numbers/round-half-up';
export { type AnswerChange, PLANNED_EVIDENCE } from './planning/answer-change';
export type { RaiseSet } from './planning/find-raise-set';
export type { RankGap, RankPeer } from './planning/gap-to-rank';
export {
  type ImprovementPlan,
  type ImprovementTarget,
  type IndicatorOpportunity,
  planImprovements,
} from './planning/plan-improvements';
export type { ScoreOutcome } from './planning/plan-subject';
export { type RankedEntry, type RankGroupKey, type RankInput, type RankOptions, rank } from './ranking/rank';
export { aggregateUnitScores } from './scoring/aggregate-unit-scores';
export { computeUnitWeights, type UnitWeights } from './scoring/compute-unit-weights';
export { scoreEntity } from './scoring/score-entity';
export { describeScoreFlag, type ScoreFlag } from './scoring/score-flag';
export type { AdjustmentDetail, AnswerDetail, ScoreNode, ScoreNodeKind } from './scoring/score-node';
export {
  hasFollowedUpEveryProduct,
  type OpinionElementInputs,
  type OpinionElementScore,
  type OpinionScore,
  type OversightProductsStatus,
  scoreOpinionElements,
  scoreOversightCompliance,
} from './scoring/score-opinion-elements';
export type { EntityScore, UnitScore } from './scoring/score-result';
export { scoreUnit } from './scoring/score-unit';
export { createSeededRandom } from './synthetic/create-seeded-random';
export { generateSyntheticCycle, type SyntheticCycleOptions } from './synthetic/generate-synthetic-cycle';
