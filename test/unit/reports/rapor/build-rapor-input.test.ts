import { describe, expect, it } from 'vitest';
import { buildMubaRapor } from './rapor-fixture';

describe('buildRaporInput', () => {
  const { entityScore, plan, input } = buildMubaRapor();

  it('takes the summary from the core result and the context', () => {
    expect(input.result).toEqual({
      score: entityScore.classification.roundedScore,
      category: entityScore.classification.category,
      opinion: entityScore.classification.label.id,
      zone: entityScore.classification.zoneLabel.id,
      zoneColour: entityScore.classification.zoneColour,
    });
    expect(input.result).toMatchObject({ score: 86.25, category: 'B', zone: 'Zona Hijau' });
    expect(input.entity).toMatchObject({ code: '16.06', name: 'Pemerintah Kabupaten Musi Banyuasin' });
    expect(input.ranks.province).toMatchObject({ rank: 2, total: 17 });
  });

  it('weights dimensions as the edition does and averages them over units like the entity score', () => {
    expect(input.dimensions.map((dimension) => [dimension.code, dimension.weight])).toEqual([
      ['input', 21.85],
      ['proses', 32.37],
      ['output', 24.24],
      ['pengaduan', 21.54],
    ]);
    // Mean of units (the 2024 edition) and equal unit weights: the dimension score is the plain mean.
    const proses = entityScore.units.map(
      (unit) => unit.tree.children.find((node) => node.code === 'proses')?.score ?? Number.NaN,
    );
    const mean = proses.reduce((sum, value) => sum + value, 0) / proses.length;
    expect(input.dimensions[1]?.score).toBeCloseTo(mean, 10);
    // The weighted dimensions reproduce the unrounded mean of unit scores.
    const weighted = input.dimensions.reduce(
      (sum, dimension) => sum + (dimension.weight * dimension.score) / 100,
      0,
    );
    const unitMean = entityScore.units.reduce((sum, unit) => sum + unit.score, 0) / entityScore.units.length;
    expect(weighted).toBeCloseTo(unitMean, 8);
  });

  it('lists every unit with its published score and classification', () => {
    expect(input.units.map((unit) => unit.name)).toEqual(entityScore.units.map((unit) => unit.unitName));
    expect(input.units.map((unit) => unit.score)).toEqual(entityScore.units.map((unit) => unit.roundedScore));
    expect(input.units[0]?.typeName).toBeTruthy();
  });

  it('picks the weakest indicators per dimension, lowest first, below 100 only', () => {
    for (const group of input.weakestIndicators) {
      expect(group.indicators.length).toBeLessThanOrEqual(3);
      const scores = group.indicators.map((indicator) => indicator.score);
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      for (const score of scores) expect(score).toBeLessThan(100);
    }
  });

  it('attaches assessor notes to their indicator, naming the unit', () => {
    const weakest = input.weakestIndicators[0]?.indicators[0];
    if (weakest === undefined) throw new Error('fixture has no weak Input indicator');
    const { input: noted } = buildMubaRapor({
      assessorNotes: [{ indicatorCode: weakest.code, unitCode: 'dinsos', note: 'SK belum diperbarui' }],
    });
    expect(noted.weakestIndicators[0]?.indicators[0]?.notes).toEqual(['Dinas Sosial: SK belum diperbarui']);
  });

  it('takes recommendations from the planner, with the category each would reach', () => {
    expect(input.recommendations).toHaveLength(5);
    const first = plan.opportunities[0];
    expect(input.recommendations[0]).toMatchObject({
      indicatorCode: first?.indicatorCode,
      unitName: first?.unitName,
      pointsGained: first?.gainToTop,
    });
    const whatIf = plan.whatIf([
      { unitCode: first?.unitCode ?? '', indicatorCode: first?.indicatorCode ?? '', setLevel: 3 },
    ]);
    expect(input.recommendations[0]?.scoreAfter).toBe(whatIf.roundedScore);
    expect(input.recommendations[0]?.categoryReached).toBe(whatIf.classification.category);
    expect(input.nextCategory).toMatchObject({ category: 'A', targetScore: 88, reachable: true });
  });

  it('speaks English when asked', () => {
    const { input: english } = buildMubaRapor({ language: 'en' });
    expect(english.result.opinion).toBe('High quality');
    expect(english.dimensions[3]?.name).toBe('Complaint handling');
  });
});
