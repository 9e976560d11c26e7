import { describe, expect, it } from 'vitest';
import {
  aggregateUnitScores,
  CoreError,
  computeUnitWeights,
  roundHalfUp,
  scoreEntity,
} from '../../../../src/core';
import {
  buildEntity,
  buildMethodology,
  buildUnit,
  loadShippedMethodology,
} from '../../../helpers/methodology-factory';

const assumed = { status: 'assumed', note: 'test' };
// U1 = 81.666…(see score-unit.test.ts); U2 = 100.
const u1 = buildUnit('U1', { I1: [3, 2], I2: [3], I3: [4, 3, 2, 3] }, { serviceProducts: 3 });
const u2 = buildUnit('U2', { I1: [3, 3], I2: [3], I3: [4] }, { type: 'puskesmas', serviceProducts: 1 });

function withUnitToEntity(unitToEntity: Record<string, unknown>) {
  return buildMethodology((data) => {
    (data.aggregation as Record<string, unknown>).unitToEntity = { provenance: assumed, ...unitToEntity };
  });
}

describe('scoreEntity — unit → entity options, hand-computed', () => {
  it('mean of units: (81.67 + 100) / 2 = 90.83', () => {
    const result = scoreEntity(buildEntity([u1, u2]), buildMethodology());
    expect(result.score).toBeCloseTo(90.833_333, 5);
    expect(result.roundedScore).toBe(90.83);
    expect(result.tree.children.map((unit) => unit.weight)).toEqual([50, 50]);
  });

  it('mean of published (rounded) unit scores: (81.67 + 100) / 2 = 90.835 → 90.84', () => {
    const methodology = withUnitToEntity({ method: 'mean-of-units', roundUnitScores: true });
    expect(scoreEntity(buildEntity([u1, u2]), methodology).roundedScore).toBe(90.84);
  });

  it('weighted by service products: (3 · 81.67 + 1 · 100) / 4 = 86.25', () => {
    const methodology = withUnitToEntity({ method: 'weighted-by-products', roundUnitScores: false });
    const result = scoreEntity(buildEntity([u1, u2]), methodology);
    expect(result.roundedScore).toBe(86.25);
    expect(result.tree.children.map((unit) => unit.weight)).toEqual([75, 25]);
  });

  it('weighted by unit type: 25 % dinas · 81.67 + 75 % puskesmas · 100 = 95.42', () => {
    const methodology = withUnitToEntity({
      method: 'weighted-by-unit-type',
      roundUnitScores: false,
      weights: [
        { unitType: 'dinas', weight: 25 },
        { unitType: 'puskesmas', weight: 75 },
      ],
    });
    expect(scoreEntity(buildEntity([u1, u2]), methodology).roundedScore).toBe(95.42);
  });

  it('2025 blend: 70 % · 90.83 + 30 % · trust 50 = 78.58', () => {
    const methodology = buildMethodology((data) => {
      (data.aggregation as Record<string, unknown>).adjustments = [
        {
          kind: 'public-trust-blend',
          code: 'trust',
          text: { id: 'kepercayaan', en: 'trust' },
          dimensionsWeight: 70,
          publicTrustWeight: 30,
          provenance: assumed,
        },
      ];
    });
    const result = scoreEntity(buildEntity([u1, u2], { publicTrustScore: 50 }), methodology);
    expect(result.roundedScore).toBe(78.58);
    expect(result.tree.children.map((node) => [node.code, node.weight])).toEqual([
      ['dimensions', 70],
      ['public-trust', 30],
    ]);
    expect(result.units[0]?.tree.shareOfRoot).toBeCloseTo(0.35, 12);
    const missing = scoreEntity(buildEntity([u1, u2]), methodology);
    expect(missing.roundedScore).toBe(63.58);
    expect(missing.tree.flags).toContainEqual({ code: 'missing-public-trust' });
  });

  it('oversight deduction: 5 points, capped at 77.99, only when products were ignored', () => {
    const methodology = buildMethodology((data) => {
      (data.aggregation as Record<string, unknown>).adjustments = [
        {
          kind: 'oversight-deduction',
          code: 'ignored',
          text: { id: 'abai', en: 'ignored' },
          points: 5,
          maximumScoreAfter: 77.99,
          provenance: assumed,
        },
      ];
    });
    const ignored = scoreEntity(
      buildEntity([u1, u2], { oversight: { ignoredProducts: 2, followedUpFindings: false } }),
      methodology,
    );
    expect(ignored.roundedScore).toBe(77.99);
    expect(ignored.classification.zone).toBe('kuning');
    expect(ignored.tree.adjustments?.[0]).toMatchObject({ applied: true, scoreAfter: 77.99 });
    expect(scoreEntity(buildEntity([u1, u2]), methodology).roundedScore).toBe(90.83);
  });

  it('the published 2022 pre-assessment: units 100, 100, 80.19, 92.92 average to 93.28', () => {
    const methodology = loadShippedMethodology('ombudsman-kepatuhan@2022');
    const units = [100, 100, 80.19, 92.92].map((score, i) => ({
      code: `u${i}`,
      type: 'dinas-sosial',
      score,
    }));
    const mean = aggregateUnitScores(units, computeUnitWeights(units, methodology), methodology);
    expect(mean).toBeCloseTo(93.2775, 10);
    expect(roundHalfUp(mean)).toBe(93.28);
  });

  it('is bit-identical whatever the order of the units', () => {
    const methodology = buildMethodology();
    const a = scoreEntity(buildEntity([u1, u2]), methodology);
    const b = scoreEntity(buildEntity([u2, u1]), methodology);
    expect(JSON.stringify(b.tree)).toBe(JSON.stringify(a.tree));
    expect(b.units.map((unit) => unit.unitCode)).toEqual(['U1', 'U2']);
  });

  it('checks the entity quota of service users over all units', () => {
    const result = scoreEntity(buildEntity([u1, u2]), buildMethodology());
    expect(result.tree.flags).toEqual([]);
    const few = scoreEntity(
      buildEntity([buildUnit('U1', { I1: [3, 3], I2: [3], I3: [4] })]),
      buildMethodology(),
    );
    expect(few.tree.flags).toContainEqual({
      code: 'respondents-below-required',
      role: 'user',
      required: 4,
      present: 1,
    });
  });

  it('refuses duplicate unit codes and unknown entity kinds', () => {
    expect(() => scoreEntity(buildEntity([u1, u1], { kind: 'desa' }), buildMethodology())).toThrow(CoreError);
    try {
      scoreEntity(buildEntity([u1, u1], { kind: 'desa' }), buildMethodology());
    } catch (error) {
      expect((error as CoreError).issues.map((issue) => issue.path)).toEqual([
        'entity.kind',
        'entity.units[1].code',
      ]);
    }
  });
});
