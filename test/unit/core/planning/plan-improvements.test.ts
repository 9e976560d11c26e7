import { describe, expect, it } from 'vitest';
import { type Indicator, planImprovements, scoreEntity, scoreUnit } from '../../../../src/core';
import { buildFullUnit } from '../../../helpers/methodology-answers-factory';
import {
  buildEntity,
  buildMethodology,
  buildUnit,
  loadShippedMethodology,
} from '../../../helpers/methodology-factory';
import { sumatraSelatan2023 } from '../../../helpers/methodology-published-data';

describe('planImprovements — factory edition', () => {
  // Unit: I1 (o1=1, o2=1) → 33.33, I2 = 1 → 33.33, I3 = 2 → 50; unit = 0.4 · 33.33 + 0.6 · 50 = 43.33 (D, merah)
  const methodology = buildMethodology();
  const entity = buildEntity([buildUnit('U1', { I1: [1, 1], I2: [1], I3: [2, 2, 2, 2] })]);
  const result = scoreEntity(entity, methodology);
  const plan = planImprovements(result, methodology);

  it('ranks every indicator by the points the whole score gains, one level and to the top', () => {
    expect(result.roundedScore).toBe(43.33);
    expect(
      plan.opportunities.map((item) => [item.indicatorCode, round(item.gainOneLevel), round(item.gainToTop)]),
    ).toEqual([
      ['I3', 15, 30], // 60 % · (75 − 50) and 60 % · (100 − 50)
      ['I1', 6.67, 13.33], // 40 % · 50 % · 33.33 per level
      ['I2', 6.67, 13.33],
    ]);
  });

  it('finds the fewest raises to the next category (D → C needs 54.00: +10.67)', () => {
    expect(plan.nextCategory).toMatchObject({ category: 'C', targetScore: 54, reachable: true, steps: 1 });
    expect(plan.nextCategory?.raises).toEqual([{ unitCode: 'U1', indicatorCode: 'I3', raiseBy: 1 }]);
    expect(plan.nextCategory?.projected.roundedScore).toBe(58.33);
  });

  it('finds the fewest raises to the next zone (merah → kuning is the same target here)', () => {
    expect(plan.nextZone).toMatchObject({ category: 'C', zone: 'kuning', steps: 1 });
  });

  it('projects what-ifs by re-scoring, and raise sets agree with a what-if of their raises', () => {
    const projected = plan.whatIf([{ unitCode: 'U1', indicatorCode: 'I1', setLevel: 3 }]);
    const rescored = scoreEntity(
      buildEntity([buildUnit('U1', { I1: [3, 3], I2: [1], I3: [2, 2, 2, 2] })]),
      methodology,
    );
    expect(projected.score).toBe(rescored.score);
    expect(projected.gain).toBeCloseTo(13.333_333, 5);
    const target = plan.nextCategory;
    expect(target).not.toBeNull();
    if (target) expect(plan.whatIf(target.raises).score).toBe(target.projected.score);
  });

  it('computes the gap to a rank from the others\u2019 scores, with the raises that close it', () => {
    const peers = [
      { name: 'P1', score: 90 },
      { name: 'P2', score: 60 },
      { name: 'P3', score: 40 },
    ];
    const gap = plan.gapToRank(2, peers);
    expect(gap).toMatchObject({
      targetRank: 2,
      currentRank: 3,
      targetScore: 60,
      points: 16.67,
      reachable: true,
    });
    expect(gap.plan?.projected.roundedScore).toBeGreaterThanOrEqual(60);
    expect(plan.gapToRank(3, peers)).toMatchObject({ alreadyThere: true, points: 0, plan: null });
    expect(() => plan.gapToRank(0, peers)).toThrow(RangeError);
  });

  it('plans a single unit as well', () => {
    const unitPlan = planImprovements(
      scoreUnit(buildUnit('U1', { I1: [3, 3], I2: [3], I3: [3, 3] }), methodology, { entityKind: 'pemkab' }),
      methodology,
    );
    expect(unitPlan.subject).toEqual({ kind: 'unit', code: 'U1', name: 'Unit U1' });
    expect(unitPlan.current.roundedScore).toBe(85);
    expect(unitPlan.nextCategory).toMatchObject({ category: 'A', steps: 1 });
    expect(unitPlan.nextZone).toBeNull();
  });
});

describe('planImprovements — shipped editions', () => {
  it('says the next zone is out of reach when an oversight cap holds the score below green', () => {
    const methodology = loadShippedMethodology('ombudsman-kepatuhan@2024');
    const unit = buildFullUnit(methodology, { code: 'dinsos', type: 'dinas-sosial', level: () => 1 });
    const result = scoreEntity(
      buildEntity([unit], { oversight: { ignoredProducts: 1, followedUpFindings: false } }),
      methodology,
    );
    const plan = planImprovements(result, methodology);
    expect(plan.current.classification.zone).toBe('merah');
    expect(plan.nextZone).toMatchObject({ zone: 'kuning', reachable: true });
    const green = plan.gapToRank(1, [{ name: 'Kota Lubuklinggau', score: 95.7 }]);
    expect(green).toMatchObject({ reachable: false, targetScore: 95.7 });
    expect(green.plan?.maximumScore).toBe(77.99);
  });

  it('"Can Musi Banyuasin reach the top 3 of Sumatera Selatan 2023?" — it needs 93.75', () => {
    const methodology = loadShippedMethodology('ombudsman-kepatuhan@2023');
    const level = (indicator: Indicator) =>
      indicator.code.startsWith('PRS') && indicator.code >= 'PRS-08' ? 1 : 3;
    const unit = buildFullUnit(methodology, { code: 'dinsos', type: 'dinas-sosial', level });
    const result = scoreEntity(buildEntity([unit]), methodology);
    const plan = planImprovements(result, methodology);
    const peers = sumatraSelatan2023
      .filter(([name]) => name !== 'Musi Banyuasin')
      .map(([name, score]) => ({ name, score }));
    // 4 of 11 Proses indicators at 1 of 3: 100 − 32.37 · 4/11 · 2/3 = 92.15 → 4th; 3rd needs Kota Palembang's 93.75.
    expect(result.roundedScore).toBe(92.15);
    const gap = plan.gapToRank(3, peers);
    expect(gap).toMatchObject({ currentRank: 4, targetScore: 93.75, points: 1.6 });
    expect(gap.reachable).toBe(true);
    expect(gap.plan?.projected.roundedScore).toBeGreaterThanOrEqual(93.75);
  });
});

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
