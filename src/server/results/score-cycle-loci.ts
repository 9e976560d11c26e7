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

/** Kabupaten and kota are ranked together within their province (as published). */
const provincialKinds = new Set(['pemkab', 'pemkot']);

export interface ScoredLocus {
  locus: CycleLocusForScoring;
  answers: EntityAnswers;
  score: EntityScore;
}

/**
 * Scores every locus with the core and ranks the results: national per entity kind, kabupaten/kota per
 * province, and units per unit type within a province. Loci not yet accepted by the centre are still scored
 * and carry the flag `not-accepted`.
 */
export function scoreCycleLoci(
  loci: readonly { locus: CycleLocusForScoring; answers: EntityAnswers }[],
  methodology: Methodology,
): { scored: ScoredLocus[]; rows: ComputedEntityRows[] } {
  const decimals = methodology.classification.rounding.decimals;
  const scored = scoreEach(loci, methodology);
  const national = rank(
    scored.map(({ locus, score }) => ({
      id: locus.entityCode,
      name: locus.entityName,
      score: score.roundedScore,
      kind: locus.kind,
    })),
    { groupBy: ['kind'], decimals },
  );
  const provincial = rank(
    scored
      .filter(({ locus }) => provincialKinds.has(locus.kind) && locus.provinceCode !== null)
      .map(({ locus, score }) => ({
        id: locus.entityCode,
        name: locus.entityName,
        score: score.roundedScore,
        province: locus.provinceCode ?? '',
      })),
    { groupBy: ['province'], decimals },
  );
  const unitRanks = rank(
    scored.flatMap(({ locus, score }) =>
      locus.provinceCode === null
        ? []
        : score.units.map((unit) => ({
            id: unit.unitCode,
            name: `${locus.entityName} ${unit.unitName}`,
            score: unit.roundedScore,
            province: locus.provinceCode ?? '',
            unitType: unit.unitType,
          })),
    ),
    { groupBy: ['province', 'unitType'], decimals },
  );
  const nationalById = new Map(national.map((entry) => [entry.id, entry]));
  const provincialById = new Map(provincial.map((entry) => [entry.id, entry]));
  const unitRankById = new Map(unitRanks.map((entry) => [entry.id, entry]));

  const rows = scored.map(({ locus, score }): ComputedEntityRows => {
    const classification = score.classification;
    const nationalEntry = nationalById.get(locus.entityCode);
    const provincialEntry = provincialById.get(locus.entityCode);
    const flags = locus.approval === 'accepted' ? [] : ['not-accepted'];
    const units = score.units.map((unit): NewUnitResult => {
      const unitRank = unitRankById.get(unit.unitCode);
      return {
        unitId: unit.unitCode,
        unitName: unit.unitName,
        unitTypeCode: unit.unitType,
        score: unit.roundedScore,
        category: unit.classification.category,
        zone: unit.classification.zone,
        rankUnitTypeProvince: unitRank?.rank ?? null,
        rankUnitTypeProvinceOf: unitRank?.groupSize ?? null,
        flags: [...new Set(unit.tree.flags.map((flag) => flag.code))],
        explanation: { tree: unit.tree, input: unit.input },
      };
    });
    return {
      entity: {
        entityId: locus.entityId,
        entityCode: locus.entityCode,
        entityName: locus.entityName,
        kind: locus.kind,
        provinceCode: locus.provinceCode,
        provinceName: locus.provinceName,
        score: score.roundedScore,
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
        explanation: { tree: pruneToUnits(score.tree) },
      },
      units,
    };
  });
  return { scored, rows };
}

/** The entity's tree down to its units (each unit's own tree is stored on its unit row). */
function pruneToUnits(node: ScoreNode): ScoreNode {
  const { answers: _answers, ...rest } = node;
  return { ...rest, children: node.kind === 'unit' ? [] : node.children.map(pruneToUnits) };
}

/** Every locus scored, or one refusal naming every locus whose stored answers the core rejects. */
function scoreEach(
  loci: readonly { locus: CycleLocusForScoring; answers: EntityAnswers }[],
  methodology: Methodology,
): ScoredLocus[] {
  const scored: ScoredLocus[] = [];
  const problems: { entityCode: string; path: string; message: string }[] = [];
  for (const { locus, answers } of loci) {
    try {
      scored.push({ locus, answers, score: scoreEntity(answers, methodology) });
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
  if (problems.length > 0) {
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
  return scored;
}
