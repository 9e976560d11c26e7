import { describe, expect, it } from 'vitest';
import { completeness, entityCompleteness } from '../../../../src/core';
import { buildEntity, buildMethodology, buildUnit } from '../../../helpers/methodology-factory';

describe('completeness', () => {
  const methodology = buildMethodology();

  it('is complete when every required respondent answered everything with evidence', () => {
    const unit = buildUnit('U1', { I1: [3, 3], I2: [3], I3: [4, 4, 4, 4] });
    expect(completeness(unit, methodology, { entityKind: 'pemkab' })).toMatchObject({
      isComplete: true,
      answered: 7,
      expected: 7,
      messages: [],
    });
    expect(entityCompleteness(buildEntity([unit]), methodology).isComplete).toBe(true);
  });

  it('lists missing respondents, answers and evidence, and the entity quota', () => {
    const unit = buildUnit(
      'U1',
      { I1: [3, null], I2: [3], I3: [4] },
      { officials: 3, withoutEvidence: ['I2'] },
    );
    const result = completeness(
      { ...unit, respondents: unit.respondents.filter((r) => r.id !== 'o3') },
      methodology,
      {
        entityKind: 'pemkab',
      },
    );
    expect(result.isComplete).toBe(false);
    expect(result.missingAnswers).toEqual([{ indicator: 'I1', respondent: 'o2' }]);
    expect(result.missingEvidence).toEqual([{ indicator: 'I2', respondent: 'a1' }]);
    const entity = entityCompleteness(buildEntity([unit]), methodology);
    expect(entity.quotas).toEqual([{ role: 'user', scope: 'entity', required: 4, present: 1, missing: 3 }]);
    expect(entity.messages.map((message) => message.en)).toEqual(['quota "user": 1 of 4, 3 missing']);
  });

  it('counts missing respondents of a role, and indicators nobody can answer yet', () => {
    const unit = {
      code: 'U',
      name: 'U',
      type: 'dinas',
      respondents: [{ id: 'o1', role: 'official' }],
      answers: [],
    };
    const result = completeness(unit, methodology, { entityKind: 'pemkab' });
    expect(result.respondents).toEqual([
      { role: 'official', scope: 'unit', required: 2, present: 1, missing: 1 },
      { role: 'assessor', scope: 'unit', required: 1, present: 0, missing: 1 },
    ]);
    expect(result.indicatorsWithoutRespondents).toEqual(['I2', 'I3']);
    expect(result.messages.map((message) => message.id)).toContain(
      'kurang 1 responden "official" (1 dari 2)',
    );
  });
});
