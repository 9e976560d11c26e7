import { describe, expect, it } from 'vitest';
import {
  hasFollowedUpEveryProduct,
  listUnitsOutsideEdition,
  type Methodology,
  type OpinionElements,
  opinionLabel,
  scoreEntity,
  scoreOpinionElements,
  scoreOversightCompliance,
  validateMethodology,
} from '../../../../src/core';
import { buildFullUnit, topLevel } from '../../../helpers/methodology-answers-factory';
import { buildEntity, loadShippedMethodology } from '../../../helpers/methodology-factory';

const opini2025 = loadShippedMethodology('ombudsman-opini@2025');

function elementsOf(methodology: Methodology): OpinionElements {
  const rule = methodology.aggregation.adjustments.find(
    (adjustment) => adjustment.kind === 'opinion-elements',
  );
  if (rule?.kind !== 'opinion-elements') throw new Error('no opinion elements');
  return rule;
}

function withWeights(instrument: number, trust: number, compliance: number): OpinionElements {
  const rule = structuredClone(elementsOf(opini2025));
  const weights = { instrument, 'public-trust': trust, 'oversight-compliance': compliance };
  for (const element of rule.elements) element.weight = weights[element.code];
  return rule;
}

describe('the Opini elements (pure)', () => {
  it('instrument element: the instrument score weighs 70 % under the shipped weights', () => {
    const result = scoreOpinionElements(
      { instrumentScore: 90, publicTrustScore: 0, oversightComplianceScore: 0 },
      elementsOf(opini2025),
    );
    expect(result.elements.map((element) => [element.code, element.weight, element.contribution])).toEqual([
      ['instrument', 70, 63],
      ['public-trust', 30, 0],
      ['oversight-compliance', 0, 0],
    ]);
    expect(result.finalScore).toBe(63);
  });

  it('public-trust element: 30 % of the trust score', () => {
    const result = scoreOpinionElements(
      { instrumentScore: 0, publicTrustScore: 80, oversightComplianceScore: 100 },
      elementsOf(opini2025),
    );
    expect(result.finalScore).toBeCloseTo(24, 10);
  });

  it('compliance element: counts when an edition gives it weight (60/25/15)', () => {
    const result = scoreOpinionElements(
      { instrumentScore: 80, publicTrustScore: 60, oversightComplianceScore: 50 },
      withWeights(60, 25, 15),
    );
    // 0.6 · 80 + 0.25 · 60 + 0.15 · 50 = 48 + 15 + 7.5
    expect(result.finalScore).toBeCloseTo(70.5, 10);
    expect(result.elements.find((element) => element.code === 'oversight-compliance')?.contribution).toBe(
      7.5,
    );
  });

  it('compliance score: full 1, partly ½, open 0 over the products received; none received is 100', () => {
    expect(scoreOversightCompliance({ received: 4, followedUpInFull: 2, partlyFollowedUp: 1 })).toBe(62.5);
    expect(scoreOversightCompliance({ received: 3, followedUpInFull: 3, partlyFollowedUp: 0 })).toBe(100);
    expect(scoreOversightCompliance({ received: 2, followedUpInFull: 0, partlyFollowedUp: 0 })).toBe(0);
    expect(scoreOversightCompliance({ received: 0, followedUpInFull: 0, partlyFollowedUp: 0 })).toBe(100);
    // Counts beyond what was received never push the score above 100.
    expect(scoreOversightCompliance({ received: 2, followedUpInFull: 2, partlyFollowedUp: 5 })).toBe(100);
  });

  it('the suffix needs products received and every one followed up in full', () => {
    expect(hasFollowedUpEveryProduct({ received: 3, followedUpInFull: 3, partlyFollowedUp: 0 })).toBe(true);
    expect(hasFollowedUpEveryProduct({ received: 3, followedUpInFull: 2, partlyFollowedUp: 1 })).toBe(false);
    expect(hasFollowedUpEveryProduct({ received: 0, followedUpInFull: 0, partlyFollowedUp: 0 })).toBe(false);
  });
});

describe('opinion labels', () => {
  it.each([
    [88, 'Kualitas Tertinggi'],
    [87.99, 'Kualitas Tinggi'],
    [78, 'Kualitas Tinggi'],
    [77.99, 'Kualitas Sedang'],
    [54, 'Kualitas Sedang'],
    [53.99, 'Kualitas Rendah'],
    [0, 'Kualitas Rendah'],
  ])(
    '%d → %s, and with every product followed up, the same label "Tanpa Maladministrasi"',
    (score, label) => {
      const plain = opinionLabel(score, opini2025, false);
      expect(plain).toMatchObject({ baseLabel: { id: label }, label: { id: label }, hasSuffix: false });
      const suffixed = opinionLabel(score, opini2025, true);
      expect(suffixed.baseLabel.id).toBe(label);
      expect(suffixed.label).toEqual({
        id: `${label} Tanpa Maladministrasi`,
        en: `${plain.label.en} Without Maladministration`,
      });
      expect(suffixed.hasSuffix).toBe(true);
    },
  );

  it('an edition without a suffix rule never adds one', () => {
    const kepatuhan = loadShippedMethodology('ombudsman-kepatuhan@2024r1');
    expect(opinionLabel(90, kepatuhan, true)).toMatchObject({
      label: { id: 'Kualitas Tertinggi' },
      hasSuffix: false,
    });
  });
});

describe('scoring an entity on ombudsman-opini@2025', () => {
  const unit = (code: string, level: (top: number) => number) =>
    buildFullUnit(opini2025, {
      code,
      type: 'rsud',
      level: (indicator) => level(topLevel(opini2025, indicator)),
      serviceProducts: 1,
    });

  it('entity instrument = mean of unit scores; final = 70 % instrument + 30 % trust; tree shows the three elements', () => {
    const result = scoreEntity(
      buildEntity([unit('a', (top) => top), unit('b', () => 0)], {
        publicTrustScore: 60,
        oversight: { ignoredProducts: 0, followedUpFindings: false, complianceScore: 40 },
      }),
      opini2025,
    );
    expect(result.units.map((score) => score.roundedScore)).toEqual([100, 0]);
    // instrument (100 + 0) / 2 = 50; 0.7 · 50 + 0.3 · 60 + 0 · 40 = 53
    expect(result.roundedScore).toBe(53);
    expect(result.classification.label.id).toBe('Kualitas Rendah');
    expect(result.tree.children.map((node) => [node.code, node.weight, node.score])).toEqual([
      ['instrument', 70, 50],
      ['public-trust', 30, 60],
      ['oversight-compliance', 0, 40],
    ]);
    expect(result.tree.children[0]?.children).toHaveLength(2);
  });

  it('refuses a compliance score outside 0–100', () => {
    expect(() =>
      scoreEntity(
        buildEntity([unit('a', (top) => top)], {
          publicTrustScore: 50,
          oversight: { ignoredProducts: 0, followedUpFindings: true, complianceScore: 140 },
        }),
        opini2025,
      ),
    ).toThrow(/Answers of "Kabupaten Musi Banyuasin" are invalid/);
  });

  it('flags a missing public-trust score instead of inventing one', () => {
    const result = scoreEntity(buildEntity([unit('a', (top) => top)]), opini2025);
    expect(result.roundedScore).toBe(70);
    expect(result.tree.flags).toContainEqual({ code: 'missing-public-trust' });
  });
});

describe('validating an Opini edition', () => {
  const raw = () => JSON.parse(JSON.stringify(opini2025)) as Record<string, unknown> & Methodology;

  it('accepts the shipped weights 70/30/0', () => {
    expect(validateMethodology(raw()).ok).toBe(true);
  });

  it('refuses element weights that do not sum to 100, naming the field, in Indonesian and English', () => {
    const data = raw();
    const rule = data.aggregation.adjustments[0];
    if (rule?.kind !== 'opinion-elements') throw new Error('no opinion elements');
    const trust = rule.elements[1];
    if (trust) trust.weight = 20;
    const validation = validateMethodology(data);
    expect(validation.ok).toBe(false);
    expect(validation.issues).toEqual([
      {
        path: 'aggregation.adjustments[0].elements[2].weight',
        message: {
          id: 'bobot elemen opini (instrumen, kepercayaan publik, kepatuhan produk pengawasan) "Tiga elemen Opini Ombudsman" berjumlah 90,00, seharusnya 100',
          en: 'weights of the opinion elements (instrument, public trust, oversight compliance) "The three elements of the Ombudsman opinion" sum to 90.00, expected 100',
        },
      },
    ]);
  });

  it('refuses an element listed twice and a stand-in zone that does not carry its band’s label', () => {
    const data = raw();
    const rule = data.aggregation.adjustments[0];
    if (rule?.kind !== 'opinion-elements' || !rule.elements[2]) throw new Error('no opinion elements');
    rule.elements[2].code = 'public-trust';
    rule.elements[2].weight = 0;
    const zone = data.classification.zones[0];
    if (zone) zone.label = { id: 'Zona Hijau', en: 'Green zone' };
    const messages = (validateMethodology(data).issues ?? []).map((issue) => issue.message.en);
    expect(messages).toContain('opinion element code "public-trust" is used more than once');
    expect(messages).toContain(
      'edition without zones: stand-in zone "tertinggi" must carry the label of category "A" (Highest quality)',
    );
  });
});

describe('units outside an edition', () => {
  it('names each unit whose type the edition does not know, with its entity', () => {
    const kepatuhan2023 = loadShippedMethodology('ombudsman-kepatuhan@2023r1');
    const entities = [
      {
        code: '16.06',
        name: 'Kabupaten Musi Banyuasin',
        units: [
          { name: 'Dinas Sosial', type: 'dinas-sosial' },
          { name: 'RSUD Sekayu', type: 'rsud' },
        ],
      },
    ];
    expect(listUnitsOutsideEdition(entities, kepatuhan2023)).toEqual([
      {
        entityCode: '16.06',
        entityName: 'Kabupaten Musi Banyuasin',
        unitName: 'RSUD Sekayu',
        unitType: 'rsud',
      },
    ]);
    expect(listUnitsOutsideEdition(entities, loadShippedMethodology('ombudsman-kepatuhan@2024r1'))).toEqual(
      [],
    );
    expect(listUnitsOutsideEdition(entities, opini2025)).toEqual([]);
  });
});
