import { classify } from '../../core/classification/classify';
import type { LocalizedText } from '../../core/methodology/localized-text.schema';
import type { Methodology } from '../../core/methodology/methodology.schema';
import type { Language } from '../../core/numbers/format-decimal';
import type { ImprovementPlan } from '../../core/planning/plan-improvements';
import type { EntityScore, UnitScore } from '../../core/scoring/score-result';
import type { RaporDimension, RaporInput, RaporRecommendation, RaporWeakIndicator } from './rapor-input';

/** What the core does not know: the cycle, ranks, last year, the assessors' notes and who issues the rapor. */
export interface RaporContext {
  language: Language;
  year: number;
  issuedOn: string;
  issuer: RaporInput['issuer'];
  /** The name as printed, e.g. "Pemerintah Kabupaten Musi Banyuasin"; defaults to the answers' entity name. */
  entityName?: string;
  provinceName?: string;
  ranks?: RaporInput['ranks'];
  previous?: RaporInput['previous'];
  assessorNotes?: readonly { indicatorCode: string; unitCode?: string; note: string }[];
  /** How many recommendations to print (default 5) and weakest indicators per dimension (default 3). */
  topRecommendations?: number;
  weakestPerDimension?: number;
}

/**
 * The rapor of an entity from the core's own results — `scoreEntity` and `planImprovements` — so every number
 * printed is the number scoring gives. An entity's dimension or indicator score is the unit-weighted mean over
 * the units where it counts (the same unit weights that make the entity score).
 */
export function buildRaporInput(
  entityScore: EntityScore,
  plan: ImprovementPlan,
  methodology: Methodology,
  context: RaporContext,
): RaporInput {
  const language = context.language;
  const local = (text: LocalizedText) => text[language];
  const followedUpFindings = entityScore.input.oversight?.followedUpFindings;
  const classification = entityScore.classification;
  const unitName = new Map(entityScore.units.map((unit) => [unit.unitCode, unit.unitName]));
  const dimensions: RaporDimension[] = methodology.dimensions.map((dimension) => {
    const score = weightedMean(entityScore.units, (unit) => findDimension(unit, dimension.code)?.score);
    return {
      code: dimension.code,
      name: local(dimension.text),
      weight: dimension.weight,
      score,
      colour: classify(score, methodology).colour,
    };
  });
  const recommendations: RaporRecommendation[] = plan.opportunities
    .filter((opportunity) => opportunity.gainToTop > 0)
    .slice(0, context.topRecommendations ?? 5)
    .map((opportunity) => {
      const after = classify(plan.current.score + opportunity.gainToTop, methodology, { followedUpFindings });
      return {
        indicatorCode: opportunity.indicatorCode,
        text: local(opportunity.text),
        unitName: opportunity.unitName,
        pointsGained: opportunity.gainToTop,
        scoreAfter: after.roundedScore,
        categoryReached: after.category,
        zoneReached: local(after.zoneLabel),
      };
    });
  const next = plan.nextCategory;
  return {
    language,
    issuer: context.issuer,
    entity: {
      code: entityScore.entityCode,
      name: context.entityName ?? entityScore.entityName,
      kindName: local(
        methodology.entityKinds.find((kind) => kind.code === entityScore.entityKind)?.text ?? {
          id: entityScore.entityKind,
          en: entityScore.entityKind,
        },
      ),
      ...(context.provinceName ? { provinceName: context.provinceName } : {}),
    },
    year: context.year,
    methodologyTitle: local(methodology.title),
    result: {
      score: classification.roundedScore,
      category: classification.category,
      opinion: local(classification.label),
      zone: local(classification.zoneLabel),
      zoneColour: classification.zoneColour,
    },
    ranks: context.ranks ?? {},
    ...(context.previous ? { previous: context.previous } : {}),
    dimensions,
    units: entityScore.units.map((unit) => ({
      code: unit.unitCode,
      name: unit.unitName,
      typeName: local(
        methodology.unitTypes.find((type) => type.code === unit.unitType)?.text ?? {
          id: unit.unitType,
          en: unit.unitType,
        },
      ),
      score: unit.roundedScore,
      category: unit.classification.category,
      zone: local(unit.classification.zoneLabel),
      zoneColour: unit.classification.zoneColour,
      dimensionScores: Object.fromEntries(
        methodology.dimensions.map((dimension) => {
          const node = findDimension(unit, dimension.code);
          return [dimension.code, node?.included ? node.score : null];
        }),
      ),
    })),
    weakestIndicators: methodology.dimensions.map((dimension) => ({
      dimensionCode: dimension.code,
      dimensionName: local(dimension.text),
      indicators: weakestIndicatorsOf(entityScore.units, dimension.code, language, unitName, context),
    })),
    recommendations,
    nextCategory: next
      ? {
          category: next.category,
          targetScore: next.targetScore,
          reachable: next.reachable,
          raiseCount: next.raises.length,
          steps: next.steps,
          projectedScore: next.projected.roundedScore,
          maximumScore: next.maximumScore,
        }
      : null,
    issuedOn: context.issuedOn,
  };
}

function findDimension(unit: UnitScore, code: string) {
  return unit.tree.children.find((node) => node.kind === 'dimension' && node.code === code);
}

/** Mean of a per-unit value weighted by each unit's share of the entity, over the units that have it. */
function weightedMean(units: readonly UnitScore[], scoreAt: (unit: UnitScore) => number | undefined): number {
  let sum = 0;
  let weights = 0;
  for (const unit of units) {
    const value = scoreAt(unit);
    if (value === undefined) continue;
    sum += unit.tree.weight * value;
    weights += unit.tree.weight;
  }
  return weights > 0 ? sum / weights : 0;
}

/** The lowest-scoring indicators of a dimension (below 100 only), each with its weakest unit and notes. */
function weakestIndicatorsOf(
  units: readonly UnitScore[],
  dimensionCode: string,
  language: Language,
  unitName: ReadonlyMap<string, string>,
  context: RaporContext,
): RaporWeakIndicator[] {
  const byCode = new Map<string, { text: LocalizedText; perUnit: { unit: UnitScore; score: number }[] }>();
  for (const unit of units) {
    for (const variable of findDimension(unit, dimensionCode)?.children ?? []) {
      for (const indicator of variable.children) {
        if (!indicator.included) continue;
        const entry = byCode.get(indicator.code) ?? { text: indicator.text, perUnit: [] };
        entry.perUnit.push({ unit, score: indicator.score });
        byCode.set(indicator.code, entry);
      }
    }
  }
  const indicators = [...byCode.entries()].map(([code, entry]): RaporWeakIndicator => {
    const weakest = entry.perUnit.reduce((low, item) => (item.score < low.score ? item : low));
    return {
      code,
      text: entry.text[language],
      score: weightedMean(
        entry.perUnit.map((item) => item.unit),
        (unit) => entry.perUnit.find((item) => item.unit === unit)?.score,
      ),
      weakestUnit: { name: weakest.unit.unitName, score: weakest.score },
      notes: (context.assessorNotes ?? [])
        .filter((note) => note.indicatorCode === code)
        .map((note) => {
          const name = note.unitCode === undefined ? undefined : unitName.get(note.unitCode);
          return name ? `${name}: ${note.note}` : note.note;
        }),
    };
  });
  return indicators
    .filter((indicator) => indicator.score < 100)
    .sort((a, b) => a.score - b.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, context.weakestPerDimension ?? 3);
}
