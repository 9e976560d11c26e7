import type { QualityReport } from '../../contracts/quality.contract';
import { can } from '../../core/access/can';
import { isoToLocalWallTime } from '../../core/cycles/indonesian-time-zones';
import { assessorLevelFigures } from '../../core/quality/level-outliers';
import { percentAgreement, type RatedPair, weightedKappa } from '../../core/quality/rater-agreement';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import {
  listAssessorAnswers,
  listQualityUnits,
  listScoredTwice,
  listUserNames,
  listVisitEntries,
} from '../db/repositories/quality.repository';
import { notFoundError } from '../errors';

/** The editions' field scales run 0–3; a level seen outside widens the scale for kappa. */
const fieldLevels = [0, 1, 2, 3];
const dayMs = 24 * 60 * 60 * 1000;

/**
 * The province's quality figures for a cycle, for coordinators and the centre: agreement of the blind second
 * scoring per indicator and per assessor pair (percent and linearly weighted kappa), each disagreement for
 * the verifier to settle, and per assessor the distribution of levels against the province (z-score
 * outliers), the share of answers last changed by the locus's verifier, and the median days from visit to
 * entry. Outside the actor's provinces: 404.
 */
export async function getQualityReport(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; provinceCode: string },
  settings: { samplePercent: number },
): Promise<QualityReport> {
  if (!can(actor, 'progress.read', { type: 'province', provinceCode: target.provinceCode }))
    throw notFoundError();
  const cycle = await requireCycle(db, target.year);
  const filter = { cycleId: cycle.id, provinceCode: target.provinceCode };
  const units = await listQualityUnits(db, filter);
  const twice = await listScoredTwice(db, filter);
  const answers = await listAssessorAnswers(db, filter);
  const visits = await listVisitEntries(db, filter);

  const levels = [
    ...new Set([...fieldLevels, ...twice.flatMap((row) => [row.firstLevel, row.secondLevel])]),
  ].sort((a, b) => a - b);
  const agreementOf = (pairs: RatedPair[]) => ({
    pairs: pairs.length,
    percentAgreement: percentAgreement(pairs),
    kappa: weightedKappa(pairs, levels),
  });
  const pairOf = (row: (typeof twice)[number]): RatedPair => ({
    first: row.firstLevel,
    second: row.secondLevel,
  });

  const assessorIds = [
    ...new Set([
      ...answers.map((row) => row.assessorId),
      ...twice.flatMap((row) => [row.secondAssessorId, ...row.firstAssessorIds]),
    ]),
  ];
  const names = await listUserNames(db, assessorIds);
  const nameOf = (id: string) => names.get(id) ?? id;

  const byIndicator = groupBy(twice, (row) => row.indicatorCode);
  const byPair = groupBy(twice, (row) => `${row.firstAssessorIds.join(',')}|${row.secondAssessorId}`);
  const answersByAssessor = groupBy(answers, (row) => row.assessorId);
  const figures = assessorLevelFigures(
    [...answersByAssessor].map(([assessorId, rows]) => ({
      assessorId,
      levels: rows.map((row) => row.level),
    })),
  );
  const visitsByAssessor = groupBy(visits, (row) => row.assessorId);
  const provinceDistribution: Record<string, number> = {};
  for (const row of answers)
    provinceDistribution[String(row.level)] = (provinceDistribution[String(row.level)] ?? 0) + 1;

  return {
    year: cycle.year,
    provinceCode: target.provinceCode,
    samplePercent: settings.samplePercent,
    sampledUnits: units.filter((unit) => unit.secondScoringId !== null).length,
    overall: agreementOf(twice.map(pairOf)),
    byIndicator: [...byIndicator]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([indicatorCode, rows]) => ({ indicatorCode, ...agreementOf(rows.map(pairOf)) })),
    byAssessorPair: [...byPair.values()].map((rows) => {
      const first = rows[0];
      return {
        firstAssessors: (first?.firstAssessorIds ?? []).map(nameOf),
        secondAssessor: nameOf(first?.secondAssessorId ?? ''),
        ...agreementOf(rows.map(pairOf)),
      };
    }),
    disagreements: twice
      .filter((row) => row.firstLevel !== row.secondLevel)
      .map((row) => ({
        entityCode: row.entityCode,
        unitId: row.unitId,
        unitName: row.unitName,
        indicatorCode: row.indicatorCode,
        respondentId: row.respondentId,
        firstLevel: row.firstLevel,
        secondLevel: row.secondLevel,
        settlement:
          row.settledLevel === null || row.settledAt === null
            ? null
            : { level: row.settledLevel, note: row.settlementNote ?? '', at: row.settledAt },
      })),
    assessors: figures.map((figure) => {
      const rows = answersByAssessor.get(figure.assessorId) ?? [];
      // The visit is a calendar date in the entity's zone; the entry an instant, read in the same zone.
      const days = (visitsByAssessor.get(figure.assessorId) ?? []).map((visit) => {
        const entered = isoToLocalWallTime(visit.enteredAt.toISOString(), target.provinceCode).slice(0, 10);
        return Math.max(0, Math.round((Date.parse(entered) - Date.parse(visit.interviewedOn)) / dayMs));
      });
      return {
        ...figure,
        name: nameOf(figure.assessorId),
        changedAtVerificationShare:
          rows.length === 0 ? null : rows.filter((row) => row.changedByVerifier).length / rows.length,
        medianVisitToEntryDays: median(days),
      };
    }),
    provinceDistribution,
  };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function groupBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
