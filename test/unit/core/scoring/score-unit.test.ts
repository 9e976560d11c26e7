import { describe, expect, it } from 'vitest';
import { CoreError, type ScoreNode, scoreUnit } from '../../../../src/core';
import { buildMethodology, buildUnit } from '../../../helpers/methodology-factory';

const context = { entityKind: 'pemkab' };

function findNode(node: ScoreNode, code: string): ScoreNode {
  if (node.code === code) return node;
  for (const child of node.children) {
    const found = findNode(child, code);
    if (found.code === code) return found;
  }
  return node;
}

describe('scoreUnit — hand-computed', () => {
  // I1 mean(3,2)=2.5 → 83.33; I2 3 → 100; D1 = 91.67; I3 mean(4,3,2,3)=3 → 3/4 = 75; unit = 0.4·91.67 + 0.6·75 = 81.67
  const unit = buildUnit('U1', { I1: [3, 2], I2: [3], I3: [4, 3, 2, 3] });

  it('follows indicator → dimension → unit weights', () => {
    const result = scoreUnit(unit, buildMethodology(), context);
    expect(result.score).toBeCloseTo(81.666_666_67, 8);
    expect(result.roundedScore).toBe(81.67);
    expect(result.classification).toMatchObject({ category: 'B', zone: 'hijau' });
  });

  it('explains every node: raw value, score, weight, contribution, maximum, share of the root', () => {
    const { tree } = scoreUnit(unit, buildMethodology(), context);
    const d1 = findNode(tree, 'D1');
    expect(d1).toMatchObject({ kind: 'dimension', weight: 40, maxContribution: 40, shareOfRoot: 0.4 });
    expect(d1.score).toBeCloseTo(91.666_667, 5);
    expect(d1.contribution).toBeCloseTo(36.666_667, 5);
    const i1 = findNode(tree, 'I1');
    expect(i1).toMatchObject({
      kind: 'indicator',
      rawValue: 2.5,
      weight: 50,
      maxContribution: 50,
      shareOfRoot: 0.2,
    });
    expect(i1.score).toBeCloseTo(83.333_333, 5);
    expect(i1.contribution).toBeCloseTo(41.666_667, 5);
    expect(i1.answers).toEqual([
      { respondent: 'o1', role: 'official', level: 3, effectiveLevel: 3, hasEvidence: false },
      { respondent: 'o2', role: 'official', level: 2, effectiveLevel: 2, hasEvidence: false },
    ]);
    const v1 = findNode(tree, 'V1');
    expect(v1).toMatchObject({ kind: 'variable', weight: 50, maxContribution: 50 });
    const i3 = findNode(tree, 'I3');
    expect(i3).toMatchObject({ rawValue: 3, score: 75, weight: 100, shareOfRoot: 0.6 });
  });

  it.each([
    ['median', [3, 2], 83.333_333],
    ['median', [0, 3, 3], 100],
    ['min', [3, 2], 66.666_667],
  ] as const)('respondents → indicator by %s of %j', (method, levels, expected) => {
    const methodology = buildMethodology((data) => {
      (data.aggregation as { respondentsToIndicator: unknown }).respondentsToIndicator = {
        method,
        provenance: { status: 'assumed', note: 'test' },
      };
    });
    const { tree } = scoreUnit(buildUnit('U', { I1: [...levels], I2: [3], I3: [4] }), methodology, context);
    expect(findNode(tree, 'I1').score).toBeCloseTo(expected, 5);
  });

  it('respondents → indicator by the share meeting a level', () => {
    const methodology = buildMethodology((data) => {
      (data.aggregation as { respondentsToIndicator: unknown }).respondentsToIndicator = {
        method: 'share-meeting-level',
        level: 3,
        provenance: { status: 'assumed', note: 'test' },
      };
    });
    const { tree } = scoreUnit(
      buildUnit('U', { I1: [3, 2, 3, 1], I2: [3], I3: [4, 4] }),
      methodology,
      context,
    );
    expect(findNode(tree, 'I1')).toMatchObject({ rawValue: 0.5, score: 50 });
    expect(findNode(tree, 'I3')).toMatchObject({ rawValue: 1, score: 100 });
  });

  it('scores a missing answer at the lowest level and flags it', () => {
    const { tree } = scoreUnit(
      buildUnit('U', { I1: [3, null], I2: [3], I3: [4] }),
      buildMethodology(),
      context,
    );
    const i1 = findNode(tree, 'I1');
    expect(i1.score).toBe(50);
    expect(i1.flags).toContainEqual({ code: 'missing-answers', count: 1 });
  });

  it('leaves a missing answer out under the exclude policy', () => {
    const methodology = buildMethodology((data) => {
      (data.aggregation as { missingAnswers: unknown }).missingAnswers = {
        policy: 'exclude',
        provenance: { status: 'assumed', note: 'test' },
      };
    });
    const { tree } = scoreUnit(buildUnit('U', { I1: [3, null], I2: [3], I3: [4] }), methodology, context);
    expect(findNode(tree, 'I1').score).toBe(100);
  });

  it('scores a claim without required evidence as 0 (domain.md §3) and flags it', () => {
    const result = scoreUnit(
      buildUnit('U', { I1: [3, 3], I2: [3], I3: [4] }, { withoutEvidence: ['I2'] }),
      buildMethodology(),
      context,
    );
    const i2 = findNode(result.tree, 'I2');
    expect(i2.score).toBe(0);
    expect(i2.flags).toContainEqual({ code: 'missing-evidence', count: 1 });
    expect(result.score).toBe(80); // 0.4 · 50 + 0.6 · 100
  });

  it('drops an indicator that does not apply to the unit type and re-normalises the weights', () => {
    const methodology = buildMethodology((data) => {
      const dimensions = data.dimensions as { indicators: { appliesTo?: unknown }[] }[];
      const i2 = dimensions[0]?.indicators[1];
      if (i2) i2.appliesTo = { unitTypes: ['dinas'] };
    });
    const result = scoreUnit(
      buildUnit('P', { I1: [3, 0], I3: [4] }, { type: 'puskesmas' }),
      methodology,
      context,
    );
    expect(findNode(result.tree, 'I2')).toMatchObject({
      included: false,
      weight: 0,
      flags: [{ code: 'not-applicable' }],
    });
    expect(findNode(result.tree, 'I1').weight).toBe(100);
    expect(result.score).toBe(80); // D1 = I1 = 50; 0.4 · 50 + 0.6 · 100
  });

  it('flags respondent roles below the required count on the unit and the indicators asking them', () => {
    const result = scoreUnit(
      buildUnit('U', { I1: [3], I2: [3], I3: [4] }, { officials: 1 }),
      buildMethodology(),
      context,
    );
    const flag = { code: 'respondents-below-required', role: 'official', required: 2, present: 1 };
    expect(result.tree.flags).toContainEqual(flag);
    expect(findNode(result.tree, 'I1').flags).toContainEqual(flag);
  });

  it('gives bit-identical output whatever the order of answers and respondents', () => {
    const methodology = buildMethodology();
    const shuffled = {
      ...unit,
      answers: [...unit.answers].reverse(),
      respondents: [...unit.respondents].reverse(),
    };
    const a = scoreUnit(unit, methodology, context);
    const b = scoreUnit(shuffled, methodology, context);
    expect(JSON.stringify(b.tree)).toBe(JSON.stringify(a.tree));
    expect(Object.is(a.score, b.score)).toBe(true);
  });

  it('refuses answers that do not fit the edition', () => {
    const bad = { ...unit, answers: [...unit.answers, { indicator: 'I1', respondent: 'a1', level: 9 }] };
    try {
      scoreUnit(bad, buildMethodology(), context);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CoreError);
      expect((error as CoreError).issues.map((issue) => issue.message.en)).toEqual([
        'indicator "I1" is not asked of role "assessor"',
        'level 9 is not on scale "l03" (0, 1, 2, 3)',
      ]);
    }
  });
});
