import { describe, expect, it } from 'vitest';
import { drawQualitySample } from '../../../../src/core/quality/draw-quality-sample';
import { assessorLevelFigures } from '../../../../src/core/quality/level-outliers';
import { percentAgreement, weightedKappa } from '../../../../src/core/quality/rater-agreement';

const pairsOf = (list: [number, number][]) => list.map(([first, second]) => ({ first, second }));

describe('agreement between two assessors', () => {
  it('is 1 for identical scoring', () => {
    const pairs = pairsOf([
      [0, 0],
      [1, 1],
      [3, 3],
      [2, 2],
    ]);
    expect(percentAgreement(pairs)).toBe(1);
    expect(weightedKappa(pairs, [0, 1, 2, 3])).toBe(1);
  });

  it('matches the hand-computed kappa of a two-level table (20/5/10/15 → 0.4)', () => {
    // po = 35/50 = 0.7; pe = 0.5 × 0.6 + 0.5 × 0.4 = 0.5; κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    const pairs = pairsOf([
      ...Array.from({ length: 20 }, (): [number, number] => [1, 1]),
      ...Array.from({ length: 5 }, (): [number, number] => [1, 0]),
      ...Array.from({ length: 10 }, (): [number, number] => [0, 1]),
      ...Array.from({ length: 15 }, (): [number, number] => [0, 0]),
    ]);
    expect(percentAgreement(pairs)).toBeCloseTo(0.7, 10);
    expect(weightedKappa(pairs, [0, 1])).toBeCloseTo(0.4, 10);
  });

  it('matches hand-computed linear (0.625) and quadratic (0.75) weighted kappa on three levels', () => {
    // First: 0,0,1,2,2,1 (⅓ each level); second: 0,1,1,2,2,2 (⅙, ⅓, ½).
    // Linear: observed disagreement (½ + ½)/6 = ⅙; expected 4/9; κ = 1 − (1/6)/(4/9) = 0.625.
    // Quadratic: observed (¼ + ¼)/6 = 1/12; expected ⅓; κ = 1 − (1/12)/(1/3) = 0.75.
    const pairs = pairsOf([
      [0, 0],
      [0, 1],
      [1, 1],
      [2, 2],
      [2, 2],
      [1, 2],
    ]);
    expect(percentAgreement(pairs)).toBeCloseTo(4 / 6, 10);
    expect(weightedKappa(pairs, [0, 1, 2], 'linear')).toBeCloseTo(0.625, 10);
    expect(weightedKappa(pairs, [0, 1, 2], 'quadratic')).toBeCloseTo(0.75, 10);
  });

  it('counts a near miss as better than a far miss', () => {
    const near = weightedKappa(
      pairsOf([
        [0, 0],
        [3, 3],
        [1, 2],
        [2, 1],
      ]),
      [0, 1, 2, 3],
    );
    const far = weightedKappa(
      pairsOf([
        [0, 0],
        [3, 3],
        [0, 3],
        [3, 0],
      ]),
      [0, 1, 2, 3],
    );
    expect(near).not.toBeNull();
    expect(far).not.toBeNull();
    expect(near ?? 0).toBeGreaterThan(far ?? 0);
  });

  it('is undefined without pairs or when one level was used throughout by both', () => {
    expect(percentAgreement([])).toBeNull();
    expect(weightedKappa([], [0, 1, 2, 3])).toBeNull();
    expect(
      weightedKappa(
        pairsOf([
          [2, 2],
          [2, 2],
        ]),
        [0, 1, 2, 3],
      ),
    ).toBeNull();
    expect(() => weightedKappa(pairsOf([[5, 1]]), [0, 1, 2, 3])).toThrow(RangeError);
  });
});

describe('the double-scoring sample', () => {
  const ids = Array.from({ length: 35 }, (_, index) => `unit-${String(index).padStart(2, '0')}`);

  it('draws ⌈10 %⌉ of the units, the same ones for the same seed, others for another', () => {
    const sample = drawQualitySample(ids, 10, '2026:16');
    expect(sample).toHaveLength(4);
    expect(new Set(sample).size).toBe(4);
    expect(drawQualitySample([...ids].reverse(), 10, '2026:16')).toEqual(sample);
    expect(drawQualitySample(ids, 10, '2027:16')).not.toEqual(sample);
    expect(drawQualitySample(ids.slice(0, 3), 10, 'x')).toHaveLength(1);
    expect(drawQualitySample([], 10, 'x')).toEqual([]);
    expect(drawQualitySample(ids, 100, 'x')).toHaveLength(35);
  });
});

describe('assessor level outliers', () => {
  it('gives the z-score of each assessor’s mean level against the province and marks |z| ≥ 2', () => {
    // Means: 2, 2, 2, 2, 2, 2, 2, 2, 2, 0 → province mean 1.8, σ = 0.6; z = 0.333… and −3.
    const steady = Array.from({ length: 9 }, (_, index) => ({ assessorId: `a${index}`, levels: [1, 2, 3] }));
    const figures = assessorLevelFigures([...steady, { assessorId: 'low', levels: [0, 0] }]);
    const low = figures.find((figure) => figure.assessorId === 'low');
    expect(low?.zScore).toBeCloseTo(-3, 10);
    expect(low?.isOutlier).toBe(true);
    expect(low?.distribution).toEqual({ '0': 2 });
    expect(figures[0]?.zScore).toBeCloseTo(1 / 3, 10);
    expect(figures[0]?.isOutlier).toBe(false);
    expect(figures[0]?.meanLevel).toBe(2);
  });

  it('has no z-score when every assessor scores alike or has no answers', () => {
    const figures = assessorLevelFigures([
      { assessorId: 'a', levels: [2] },
      { assessorId: 'b', levels: [2, 2] },
      { assessorId: 'c', levels: [] },
    ]);
    expect(figures.map((figure) => figure.zScore)).toEqual([null, null, null]);
  });
});
