import {
  CoreError,
  type EntityAnswers,
  type EntityScore,
  type Methodology,
  rank,
  type ScoreNode,
  scoreEntity,
} from '../../core';
import type {
  ComputedEntityRows,
  CycleLocusForScoring,
  NewUnitResult,
} from '../db/repositories/computed-results.repository';
import { DomainError } from '../errors';
import { encodeUnitAnswers } from './stored-unit-answers';

/** Kabupaten and kota are ranked together within their province (as published). */
const provincialKinds = new Set(['pemkab', 'pemkot']);

export interface ScoredLocus {
  locus: CycleLocusForScoring;
  answers: EntityAnswers;
  score: EntityScore;
}

/** What ranking and the stored rows need of one scored locus; the full trees are let go as soon as it is built. */
export interface LocusSummary {
  locus: CycleLocusForScoring;
  roundedScore: number;
  classification: EntityScore['classification'];
  units: (Omit<NewUnitResult, 'rankUnitTypeProvince' | 'rankUnitTypeProvinceOf'> & { unitId: string })[];
  entityTree: ScoreNode;
}

/**
 * Scores every locus with the core and ranks the results: national per entity kind, kabupaten/kota per
 * province, and units per unit type within a province. Loci not yet accepted by the centre are still scored
 * and carry the flag `not-accepted`. Each unit row keeps its scored answers compactly (its tree is rebuilt on
 * read).
 */
export function scoreCycleLoci(
  loci: readonly { locus: CycleLocusForScoring; answers: EntityAnswers }[],
  methodology: Methodology,
): { scored: ScoredLocus[]; rows: ComputedEntityRows[] } {
  const { scored, summaries, problems } = summariseLoci(loci, methodology, true);
  refuseUnscorable(problems);
  return { scored, rows: rankLociSummaries(summaries, methodology) };
}

/** The stored rows of scored loci, ranked among themselves (ranks need every locus, the trees none). */
export function rankLociSummaries(
  summaries: readonly LocusSummary[],
  methodology: Methodology,
): ComputedEntityRows[] {
  const decimals = methodology.classification.rounding.decimals;
  const national = rank(
    summaries.map(({ locus, roundedScore }) => ({
      id: locus.entityCode,
      name: locus.entityName,
      score: roundedScore,
      kind: locus.kind,
    })),
    { groupBy: ['kind'], decimals },
  );
  const provincial = rank(
    summaries
      .filter(({ locus }) => provincialKinds.has(locus.kind) && locus.provinceCode !== null)
      .map(({ locus, roundedScore }) => ({
        id: locus.entityCode,
        name: locus.entityName,
        score: roundedScore,
        province: locus.provinceCode ?? '',
      })),
    { groupBy: ['province'], decimals },
  );
  const unitRanks = rank(
    summaries.flatMap(({ locus, units }) =>
      locus.provinceCode === null
        ? []
        : units.map((unit) => ({
            id: unit.unitId,
            name: `${locus.entityName} ${unit.unitName}`,
            score: unit.score,
            province: locus.provinceCode ?? '',
            unitType: unit.unitTypeCode,
          })),
    ),
    { groupBy: ['province', 'unitType'], decimals },
  );
  const nationalById = new Map(national.map((entry) => [entry.id, entry]));
  const provincialById = new Map(provincial.map((entry) => [entry.id, entry]));
  const unitRankById = new Map(unitRanks.map((entry) => [entry.id, entry]));

  return summaries.map(({ locus, roundedScore, classification, units, entityTree }): ComputedEntityRows => {
    const nationalEntry = nationalById.get(locus.entityCode);
    const provincialEntry = provincialById.get(locus.entityCode);
    const flags = locus.approval === 'accepted' ? [] : ['not-accepted'];
    return {
      entity: {
        entityId: locus.entityId,
        entityCode: locus.entityCode,
        entityName: locus.entityName,
        kind: locus.kind,
        provinceCode: locus.provinceCode,
        provinceName: locus.provinceName,
        score: roundedScore,
        category: classification.category,
        opinionLabelId: classification.label.id,
        opinionLabelEn: classification.label.en,
        zone: classification.zone,
        categoryColour: classification.colour,
        zoneColour: classification.zoneColour,
        rankNational: nationalEntry?.rank ?? 0,
        rankNationalOf: nationalEntry?.groupSize ?? 0,
        rankProvince: provincialEntry?.rank ?? null,
        rankProvinceOf: provincialEntry?.groupSize ?? null,
        computedCategory: classification.category,
        computedZone: classification.zone,
        computedRankNational: nationalEntry?.rank ?? 0,
        computedRankProvince: provincialEntry?.rank ?? null,
        flags,
        note: flags.includes('not-accepted')
          ? `Lokus belum diterima pusat (status ${locus.approval}) saat penetapan.`
          : null,
        explanation: { tree: entityTree },
      },
      units: units.map((unit): NewUnitResult => {
        const unitRank = unitRankById.get(unit.unitId);
        return {
          ...unit,
          rankUnitTypeProvince: unitRank?.rank ?? null,
          rankUnitTypeProvinceOf: unitRank?.groupSize ?? null,
        };
      }),
    };
  });
}

function summarise(locus: CycleLocusForScoring, score: EntityScore): LocusSummary {
  return {
    locus,
    roundedScore: score.roundedScore,
    classification: score.classification,
    units: score.units.map((unit) => ({
      unitId: unit.unitCode,
      unitName: unit.unitName,
      unitTypeCode: unit.unitType,
      score: unit.roundedScore,
      category: unit.classification.category,
      zone: unit.classification.zone,
      flags: [...new Set(unit.tree.flags.map((flag) => flag.code))],
      explanation: encodeUnitAnswers(unit.input),
    })),
    entityTree: pruneToUnits(score.tree),
  };
}

/** The entity's tree down to its units (each unit's own tree is stored on its unit row). */
function pruneToUnits(node: ScoreNode): ScoreNode {
  const { answers: _answers, ...rest } = node;
  return { ...rest, children: node.kind === 'unit' ? [] : node.children.map(pruneToUnits) };
}

/**
 * Scores each locus and keeps what ranking and storing need. `keepScores: false` (finalising a whole country,
 * batch by batch) keeps no EntityScore, so memory holds one locus's trees at a time instead of every unit's.
 * Loci the core refuses are returned as problems, so one refusal can name them all.
 */
export function summariseLoci(
  loci: readonly { locus: CycleLocusForScoring; answers: EntityAnswers }[],
  methodology: Methodology,
  keepScores: boolean,
): { scored: ScoredLocus[]; summaries: LocusSummary[]; problems: UnscorableAnswer[] } {
  const scored: ScoredLocus[] = [];
  const summaries: LocusSummary[] = [];
  const problems: UnscorableAnswer[] = [];
  for (const { locus, answers } of loci) {
    try {
      const score = scoreEntity(answers, methodology);
      summaries.push(summarise(locus, score));
      if (keepScores) scored.push({ locus, answers, score });
    } catch (error) {
      if (!(error instanceof CoreError)) throw error;
      const issues = error.issues.length > 0 ? error.issues : [{ path: '', message: error.messages }];
      for (const issue of issues)
        problems.push({
          entityCode: locus.entityCode,
          path: issue.path,
          message: issue.message.id,
        });
    }
  }
  return { scored, summaries, problems };
}

export interface UnscorableAnswer {
  entityCode: string;
  path: string;
  message: string;
}

/** One refusal naming every locus whose stored answers the core rejects. */
export function refuseUnscorable(problems: readonly UnscorableAnswer[]): void {
  if (problems.length === 0) return;
  const codes = [...new Set(problems.map((problem) => problem.entityCode))].join(', ');
  throw new DomainError(
    'VALIDATION_FAILED',
    {
      id: `Jawaban tersimpan lokus ${codes} tidak dapat dinilai; perbaiki lalu tetapkan ulang.`,
      en: `The stored answers of locus ${codes} cannot be scored; correct them and finalise again.`,
    },
    problems,
  );
}
