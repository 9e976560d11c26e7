import { describe, expect, it } from 'vitest';
import { scoreUnit } from '../../../../src/core';
import { missingEvidenceCost } from '../../../../src/core/scoring/missing-evidence-cost';
import { buildMethodology, buildUnit } from '../../../helpers/methodology-factory';

const context = { entityKind: 'pemkab' };

describe('missingEvidenceCost', () => {
  it('is the rounded score without the evidence rule minus the rounded score, listing the lowered answer', () => {
    const methodology = buildMethodology();
    // I2 (assessor, required-or-lowest-level) claims 3 with no document: it counts as 0, so the unit is
    // 0.4 · mean(I1 83.33, I2 0) + 0.6 · 100 = 76.67; with the document 0.4 · mean(83.33, 100) + 60 = 96.67.
    const scored = scoreUnit(
      buildUnit('U', { I1: [3, 2], I2: [3], I3: [4] }, { withoutEvidence: ['I2'] }),
      methodology,
      context,
    );
    expect(scored.roundedScore).toBe(76.67);
    const cost = missingEvidenceCost(scored, methodology);
    expect(cost.points).toBe(20);
    expect(cost.answers).toEqual([
      {
        indicatorCode: 'I2',
        indicatorText: expect.objectContaining({ id: expect.any(String) }),
        respondent: 'a1',
        role: 'assessor',
        level: 3,
        effectiveLevel: 0,
      },
    ]);
    // The same unit with its document scores exactly the points more.
    const complete = scoreUnit(buildUnit('U', { I1: [3, 2], I2: [3], I3: [4] }), methodology, context);
    expect(complete.roundedScore).toBe(96.67);
    expect(missingEvidenceCost(complete, methodology)).toEqual({ points: 0, answers: [] });
  });

  it('costs nothing for a claim at the lowest level or under a flag-only rule, and leaves the edition as it was', () => {
    const flagOnly = buildMethodology((data) => {
      const dimensions = data.dimensions as { indicators: { evidence: { rule: string } }[] }[];
      const i2 = dimensions[0]?.indicators[1];
      if (i2) i2.evidence.rule = 'required-flag-only';
    });
    const scored = scoreUnit(
      buildUnit('U', { I1: [3, 2], I2: [3], I3: [4] }, { withoutEvidence: ['I2'] }),
      flagOnly,
      context,
    );
    expect(missingEvidenceCost(scored, flagOnly)).toEqual({ points: 0, answers: [] });

    const methodology = buildMethodology();
    const lowest = scoreUnit(
      buildUnit('U', { I1: [3, 2], I2: [0], I3: [4] }, { withoutEvidence: ['I2'] }),
      methodology,
      context,
    );
    expect(missingEvidenceCost(lowest, methodology)).toEqual({ points: 0, answers: [] });
    const rules = methodology.dimensions.flatMap((dimension) =>
      dimension.indicators.map((indicator) => indicator.evidence.rule),
    );
    expect(rules).toContain('required-or-lowest-level');
  });
});
