/**
 * Assessors whose levels sit far from their province's (docs/evidence-integrity.md): the z-score of each
 * assessor's mean level against the mean and standard deviation of all assessors' means in the province.
 * A hint for the coordinator, never a verdict: an assessor of better-run units scores higher.
 */
export interface AssessorLevels {
  assessorId: string;
  levels: readonly number[];
}

export interface AssessorLevelFigures {
  assessorId: string;
  answerCount: number;
  meanLevel: number | null;
  /** Answers per level, e.g. { 0: 3, 3: 10 }. */
  distribution: Record<string, number>;
  zScore: number | null;
  isOutlier: boolean;
}

/** |z| at or beyond this marks an outlier. */
export const outlierZ = 2;

export function assessorLevelFigures(assessors: readonly AssessorLevels[]): AssessorLevelFigures[] {
  const means = assessors.map((assessor) =>
    assessor.levels.length === 0
      ? null
      : assessor.levels.reduce((sum, level) => sum + level, 0) / assessor.levels.length,
  );
  const known = means.filter((mean): mean is number => mean !== null);
  const provinceMean = known.length > 0 ? known.reduce((sum, mean) => sum + mean, 0) / known.length : null;
  // Population standard deviation: the province's assessors are all of them, not a sample.
  const deviation =
    provinceMean === null
      ? null
      : Math.sqrt(known.reduce((sum, mean) => sum + (mean - provinceMean) ** 2, 0) / known.length);
  return assessors.map((assessor, position) => {
    const mean = means[position] ?? null;
    const distribution: Record<string, number> = {};
    for (const level of assessor.levels) distribution[String(level)] = (distribution[String(level)] ?? 0) + 1;
    const zScore =
      mean === null || provinceMean === null || !deviation ? null : (mean - provinceMean) / deviation;
    return {
      assessorId: assessor.assessorId,
      answerCount: assessor.levels.length,
      meanLevel: mean,
      distribution,
      zScore,
      isOutlier: zScore !== null && Math.abs(zScore) >= outlierZ,
    };
  });
}
