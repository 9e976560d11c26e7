import type { Methodology } from '../../core/methodology/methodology.schema';
import type { OversightProductKind } from '../../core/oversight/oversight-follow-up-status';
import type { ImprovementPlan } from '../../core/planning/plan-improvements';
import type { EntityScore } from '../../core/scoring/score-result';
import { buildRaporInput } from '../../reports/rapor/build-rapor-input';
import type { RaporInput } from '../../reports/rapor/rapor-input';
import { resultFlagNotices } from '../../reports/result-flag-notices';
import type { EntityResultRow, UnitResultRow } from '../db/repositories/document-sources.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { rankMovementOf } from '../presenters/rank-movement';
import { isZonelessEdition } from './piagam-eligibility';
import type { Signing } from './resolve-signing';

export interface SnapshotRaporSource {
  snapshot: ResultSnapshotRow;
  entity: EntityResultRow;
  units: readonly UnitResultRow[];
  /** The entity's row in the year before, when published. */
  previous?: { year: number; row: EntityResultRow };
  methodology: Methodology;
  signing: Signing;
  language: 'id' | 'en';
  issuedOn: string;
  /** The rapor's own verification code and the page its QR code opens. */
  verification?: { code: string; url: string };
  /** The signing office's letterhead as a data URL, when it has one. */
  letterheadImage?: string;
  /** Opini editions: products open at the cycle's cut-off (oversight register), with that date. */
  oversight?: {
    cutOff: string;
    open: readonly { kind: OversightProductKind; number: string; subject: string; dueOn: string | null }[];
  };
}

const productKindNames: Record<OversightProductKind, { id: string; en: string }> = {
  tindakan_korektif: { id: 'Tindakan korektif (LAHP)', en: 'Corrective action (LAHP)' },
  saran_perbaikan: { id: 'Saran perbaikan (LHA)', en: 'Improvement advice (LHA)' },
  saran_penyempurnaan: { id: 'Saran penyempurnaan', en: 'Refinement advice' },
  rekomendasi: { id: 'Rekomendasi', en: 'Recommendation' },
};

/** What a computed snapshot adds: its scores re-scored from the stored explanation, the plan and the notes. */
export interface ScoringDetail {
  entityScore: EntityScore;
  plan: ImprovementPlan;
  /** unitCode is the unit id, as the stored answers name their unit. */
  assessorNotes: readonly { unitCode: string; indicatorCode: string; note: string }[];
}

/**
 * The full rapor of a computed snapshot: dimensions, units, weakest indicators with the assessors' notes and
 * the planner's recommendations come from the core; the summary (score, category, zone, ranks, change since
 * last year) is the published row's, which the re-scored result matches (rebuild-entity-score.ts).
 */
export function buildComputedRaporInput(source: SnapshotRaporSource, detail: ScoringDetail): RaporInput {
  const summary = buildSnapshotRaporInput(source);
  const full = buildRaporInput(detail.entityScore, detail.plan, source.methodology, {
    language: source.language,
    year: source.snapshot.year,
    issuedOn: source.issuedOn,
    issuer: source.signing.issuer,
    assessorNotes: detail.assessorNotes,
  });
  return {
    ...full,
    ...marksOf(summary),
    entity: summary.entity,
    result: summary.result,
    ranks: summary.ranks,
    ...previousOf(summary),
    ...opinionPartsOf(summary),
  };
}

function marksOf(input: RaporInput): Pick<RaporInput, 'verification' | 'letterhead'> {
  return {
    ...(input.verification ? { verification: input.verification } : {}),
    ...(input.letterhead ? { letterhead: input.letterhead } : {}),
  };
}

function previousOf(input: RaporInput): Pick<RaporInput, 'previous'> {
  return input.previous ? { previous: input.previous } : {};
}

function opinionPartsOf(
  input: RaporInput,
): Pick<RaporInput, 'zoneless' | 'opinionElements' | 'openOversightProducts' | 'oversightCutOff'> {
  const { zoneless, opinionElements, openOversightProducts, oversightCutOff } = input;
  return {
    ...(zoneless === undefined ? {} : { zoneless }),
    ...(opinionElements === undefined ? {} : { opinionElements }),
    ...(openOversightProducts === undefined ? {} : { openOversightProducts }),
    ...(oversightCutOff === undefined ? {} : { oversightCutOff }),
  };
}

/** The three elements as finalising stored them: the entity tree's children on the Opini editions. */
function opinionElementsOf(
  explanation: unknown,
  local: (text: { id: string; en: string }) => string,
): NonNullable<RaporInput['opinionElements']> {
  const children = (explanation as { tree?: { children?: unknown[] } } | null)?.tree?.children ?? [];
  return children.flatMap((child) => {
    const node = child as {
      code?: string;
      text?: { id: string; en: string };
      weight?: number;
      score?: number;
    };
    if (!node.code || !elementCodes.has(node.code) || !node.text) return [];
    return [{ name: local(node.text), weight: node.weight ?? 0, score: node.score ?? 0 }];
  });
}

const elementCodes = new Set(['instrument', 'public-trust', 'oversight-compliance']);

/**
 * A rapor from what any snapshot stores: the summary (score, category, zone, ranks, change since last year)
 * and the unit table. Imported results keep no per-dimension or per-indicator explanation, so those sections
 * stay empty and the renderer says why (render-snapshot-rapor.ts).
 */
export function buildSnapshotRaporInput(source: SnapshotRaporSource): RaporInput {
  const { snapshot, entity, methodology, language, previous } = source;
  const local = (text: { id: string; en: string }) => text[language];
  const zones = methodology.classification.zones;
  const zoneless = isZonelessEdition(methodology);
  const zoneOf = (code: string) => zones.find((zone) => zone.code === code);
  const kindName = methodology.entityKinds.find((kind) => kind.code === entity.kind)?.text;
  const movement = previous ? rankMovementOf(entity, previous.row) : undefined;
  return {
    language,
    issuer: source.signing.issuer,
    ...(source.verification ? { verification: source.verification } : {}),
    ...(source.letterheadImage ? { letterhead: source.letterheadImage } : {}),
    entity: {
      code: entity.entityCode,
      name: entity.entityName,
      kindName: kindName ? local(kindName) : entity.kind,
      ...(entity.provinceName ? { provinceName: entity.provinceName } : {}),
    },
    year: snapshot.year,
    methodologyTitle: local(methodology.title),
    result: {
      score: entity.score,
      category: entity.category,
      opinion: language === 'en' ? entity.opinionLabelEn : entity.opinionLabelId,
      zone: local(zoneOf(entity.zone)?.label ?? { id: entity.zone, en: entity.zone }),
      zoneColour: entity.zoneColour,
      notices: resultFlagNotices(entity.flags, entity.isDemoValue, language),
    },
    ranks: {
      ...(entity.rankProvince !== null && entity.rankProvinceOf !== null
        ? {
            province: {
              rank: entity.rankProvince,
              total: entity.rankProvinceOf,
              groupName: entity.provinceName ?? '',
            },
          }
        : {}),
      national: {
        rank: entity.rankNational,
        total: entity.rankNationalOf,
        groupName: kindName ? local(kindName) : entity.kind,
      },
    },
    ...(previous
      ? {
          previous: {
            year: previous.year,
            score: previous.row.score,
            // A rank change is printed only between the same populations (rank-movement.ts).
            ...(movement?.previousRankProvince != null
              ? { provinceRank: movement.previousRankProvince }
              : {}),
            ...(movement?.previousRankNational != null
              ? { nationalRank: movement.previousRankNational }
              : {}),
          },
        }
      : {}),
    dimensions: [],
    units: source.units.map((unit) => {
      const type = methodology.unitTypes.find((candidate) => candidate.code === unit.unitTypeCode);
      const zone = zoneOf(unit.zone);
      return {
        code: unit.id,
        name: unit.unitName,
        typeName: type ? local(type.text) : unit.unitTypeCode,
        score: unit.score,
        category: unit.category,
        zone: local(zone?.label ?? { id: unit.zone, en: unit.zone }),
        zoneColour: zone?.colour ?? entity.zoneColour,
        dimensionScores: {},
      };
    }),
    weakestIndicators: [],
    recommendations: [],
    nextCategory: null,
    issuedOn: source.issuedOn,
    ...(zoneless ? { zoneless } : {}),
    ...(zoneless ? { opinionElements: opinionElementsOf(entity.explanation, local) } : {}),
    ...(source.oversight
      ? {
          oversightCutOff: source.oversight.cutOff,
          openOversightProducts: source.oversight.open.map((product) => ({
            kindName: local(productKindNames[product.kind]),
            number: product.number,
            subject: product.subject,
            ...(product.dueOn ? { dueOn: product.dueOn } : {}),
          })),
        }
      : {}),
  };
}
