import { describe, expect, it } from 'vitest';
import { scoreEntity } from '../../../src/core';
import { compareBaseline, indicatorPoints } from '../../../src/web/features/plans/compare-baseline';
import { buildFullUnit } from '../../helpers/methodology-answers-factory';
import { loadShippedMethodology } from '../../helpers/methodology-factory';

describe('compareBaseline: planned against realised gain in the next cycle', () => {
  const methodology = loadShippedMethodology('ombudsman-kepatuhan@2024');
  const entityWith = (raised: string | null) => ({
    code: '16.06',
    name: 'Kabupaten Musi Banyuasin',
    kind: 'pemkab',
    units: [
      buildFullUnit(methodology, {
        code: 'dinsos',
        type: 'dinas-sosial',
        level: (indicator) => (indicator.code === raised ? 3 : 1),
        entityRespondents: 0,
      }),
    ],
  });
  const before = scoreEntity(entityWith(null), methodology);
  const after = scoreEntity(entityWith('PRS-01'), methodology);
  const unitGain = (after.units[0]?.score ?? 0) - (before.units[0]?.score ?? 0);

  it('measures an indicator in points of the entity score, and its rise as the realised gain', () => {
    const pointsBefore = indicatorPoints(before, 'PRS-01', null);
    const pointsAfter = indicatorPoints(after, 'PRS-01', 'dinsos');
    expect(pointsBefore).toBeGreaterThan(0);
    expect(pointsAfter).toBeGreaterThan(pointsBefore ?? 0);
    // One indicator of the only unit changed: the gain is the unit's (unrounded) score change.
    expect((pointsAfter ?? 0) - (pointsBefore ?? 0)).toBeCloseTo(unitGain, 9);
    expect(indicatorPoints(before, 'PRS-01', 'no-such-unit')).toBeNull();
  });

  it('flags improved and unchanged items, sums planned gain without dropped items', () => {
    const result = compareBaseline(
      [
        { id: 'a', unitCode: 'dinsos', indicatorCode: 'PRS-01', expectedGain: 2, status: 'done' },
        { id: 'b', unitCode: null, indicatorCode: 'PRS-02', expectedGain: 1.5, status: 'in_progress' },
        { id: 'c', unitCode: null, indicatorCode: 'PRS-03', expectedGain: 4, status: 'dropped' },
      ],
      before,
      after,
    );
    expect(result.items.map((item) => item.improved)).toEqual([true, false, false]);
    expect(result.plannedGain).toBe(3.5);
    expect(result.realisedGain).toBeCloseTo(unitGain, 9);
    expect(result.scoreBefore).toBe(before.score);
  });

  it('leaves the outcome open while the next cycle has no scored answers', () => {
    const result = compareBaseline(
      [{ id: 'a', unitCode: null, indicatorCode: 'PRS-01', expectedGain: 1, status: 'done' }],
      before,
      null,
    );
    expect(result.items[0]).toMatchObject({ pointsAfter: null, realisedGain: null, improved: null });
    expect(result.realisedGain).toBeNull();
  });
});
