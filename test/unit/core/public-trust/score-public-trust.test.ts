import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type PublicTrustQuestionSet,
  publicTrustQuestionSetSchema,
} from '../../../../src/core/public-trust/public-trust-question-set';
import { scorePublicTrust } from '../../../../src/core/public-trust/score-public-trust';

const level = (value: number) => ({ value, label: { id: `L${value}`, en: `L${value}` } });
const assumed = { status: 'assumed' as const, reasoning: 'test' };

function questionSet(levels: number, codes: string[]): PublicTrustQuestionSet {
  return publicTrustQuestionSetSchema.parse({
    code: 'uji',
    title: { id: 'Uji', en: 'Test' },
    provenance: assumed,
    target: 10,
    targetProvenance: assumed,
    scale: {
      levels: Array.from({ length: levels }, (_, index) => level(index + 1)),
      dontKnow: { id: 'Tidak tahu', en: "Don't know" },
      provenance: assumed,
    },
    questions: codes.map((code) => ({ code, text: { id: code, en: code }, provenance: assumed })),
  });
}

const fourLevels = questionSet(4, ['A', 'B']);
const counted = (answers: Record<string, number>) => ({ answers, excluded: false });

describe('scorePublicTrust', () => {
  it('maps the lowest level to 0 and the highest to 100 on a 1–4 scale', () => {
    expect(scorePublicTrust([counted({ A: 1, B: 1 })], fourLevels).score0to100).toBe(0);
    expect(scorePublicTrust([counted({ A: 4, B: 4 })], fourLevels).score0to100).toBe(100);
    expect(scorePublicTrust([counted({ A: 3, B: 3 })], fourLevels).score0to100).toBe(66.67);
  });

  it('maps linearly on a 1–5 scale', () => {
    const fiveLevels = questionSet(5, ['A']);
    expect(scorePublicTrust([counted({ A: 3 })], fiveLevels).score0to100).toBe(50);
    expect(scorePublicTrust([counted({ A: 4 })], fiveLevels).score0to100).toBe(75);
  });

  it('averages per question first, then across questions', () => {
    // A: levels 4 and 2 → mean 3 → 66.67; B: one known 4 → 100; element = (66.67 + 100) / 2.
    const result = scorePublicTrust([counted({ A: 4, B: 4 }), counted({ A: 2, B: 0 })], fourLevels);
    expect(result.questions).toEqual([
      { code: 'A', score: 66.67, known: 2, dontKnow: 0 },
      { code: 'B', score: 100, known: 1, dontKnow: 1 },
    ]);
    expect(result.score0to100).toBe(83.33);
  });

  it('leaves "tidak tahu" out instead of reading it as distrust', () => {
    const withDontKnow = scorePublicTrust([counted({ A: 4, B: 0 }), counted({ A: 0, B: 4 })], fourLevels);
    expect(withDontKnow.score0to100).toBe(100);
    expect(withDontKnow.responses).toBe(2);
  });

  it('leaves excluded responses out of the score and counts them apart', () => {
    const result = scorePublicTrust(
      [counted({ A: 4, B: 4 }), { answers: { A: 1, B: 1 }, excluded: true }],
      fourLevels,
    );
    expect(result).toMatchObject({ score0to100: 100, responses: 1, excluded: 1 });
  });

  it('has no score while nothing known was answered, and ignores levels outside the scale', () => {
    expect(scorePublicTrust([], fourLevels)).toMatchObject({ score0to100: null, responses: 0, excluded: 0 });
    const onlyUnknown = scorePublicTrust([counted({ A: 0, B: 0 }), counted({ A: 9, B: -1 })], fourLevels);
    expect(onlyUnknown.score0to100).toBeNull();
    expect(onlyUnknown.responses).toBe(2);
  });
});

describe('public-trust question sets', () => {
  it('accepts the shipped default set: 1–4 with "tidak tahu", every question assumed with its reasoning', () => {
    const file = new URL(
      '../../../../methodologies/ombudsman-opini/public-trust-questions.json',
      import.meta.url,
    );
    const set = publicTrustQuestionSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(set.scale.levels.map((entry) => entry.value)).toEqual([1, 2, 3, 4]);
    expect(set.scale.dontKnow.id).toBe('Tidak tahu');
    for (const question of set.questions) {
      expect(question.provenance.status).toBe('assumed');
      expect(question.provenance.reasoning.length).toBeGreaterThan(20);
    }
  });

  it('refuses levels out of order and duplicate question codes', () => {
    const base = questionSet(4, ['A']);
    const shuffled = { ...base, scale: { ...base.scale, levels: [level(2), level(1), level(3), level(4)] } };
    expect(publicTrustQuestionSetSchema.safeParse(shuffled).success).toBe(false);
    const duplicated = { ...base, questions: [...base.questions, ...base.questions] };
    expect(publicTrustQuestionSetSchema.safeParse(duplicated).success).toBe(false);
  });
});
