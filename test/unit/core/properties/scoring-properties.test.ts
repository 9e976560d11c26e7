import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  classify,
  type EntityAnswers,
  type Methodology,
  planImprovements,
  rank,
  scoreEntity,
  type UnitAnswers,
} from '../../../../src/core';
import {
  buildEntity,
  buildMethodology,
  buildUnit,
  loadShippedMethodology,
} from '../../../helpers/methodology-factory';

const assumed = { status: 'assumed', note: 'property test' };

/** The factory edition under every combination of aggregation options. */
const variants: Methodology[] = (['mean', 'median', 'min', 'share-meeting-level'] as const).flatMap(
  (method) =>
    (['score-lowest-level', 'exclude'] as const).flatMap((policy) =>
      ([true, false] as const).map((roundUnitScores) =>
        buildMethodology((data) => {
          const aggregation = data.aggregation as Record<string, unknown>;
          aggregation.respondentsToIndicator =
            method === 'share-meeting-level'
              ? { method, level: 2, provenance: assumed }
              : { method, provenance: assumed };
          aggregation.missingAnswers = { policy, provenance: assumed };
          aggregation.unitToEntity = { method: 'weighted-by-products', roundUnitScores, provenance: assumed };
          aggregation.adjustments = [
            {
              kind: 'oversight-deduction',
              code: 'ignored',
              text: { id: 'abai', en: 'ignored' },
              points: 7.5,
              maximumScoreAfter: 77.99,
              provenance: assumed,
            },
          ];
        }),
      ),
    ),
);

const level03 = fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 5 });
const unitArbitrary = (code: string) =>
  fc
    .record({
      I1: fc.array(level03, { minLength: 0, maxLength: 4 }),
      I2: fc.array(level03, { minLength: 1, maxLength: 1 }),
      I3: fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 5 }), {
        minLength: 0,
        maxLength: 5,
      }),
      hasEvidence: fc.boolean(),
      products: fc.integer({ min: 0, max: 3 }),
      type: fc.constantFrom('dinas', 'puskesmas'),
    })
    .map((drawn) =>
      buildUnit(
        code,
        { I1: drawn.I1, I2: drawn.I2, I3: drawn.I3 },
        {
          type: drawn.type,
          serviceProducts: drawn.products,
          officials: drawn.I1.length,
          users: drawn.I3.length,
          withoutEvidence: drawn.hasEvidence ? [] : ['I2'],
        },
      ),
    );
const entityArbitrary = fc
  .record({
    units: fc.tuple(unitArbitrary('U1'), unitArbitrary('U2'), unitArbitrary('U3')),
    count: fc.integer({ min: 1, max: 3 }),
    ignored: fc.integer({ min: 0, max: 1 }),
  })
  .map(({ units, count, ignored }) =>
    buildEntity(units.slice(0, count), {
      oversight: { ignoredProducts: ignored, followedUpFindings: false },
    }),
  );
const variantArbitrary = fc.constantFrom(...variants);

/** Every answer of the entity, as (unit index, answer index). */
function answerPositions(entity: EntityAnswers): [number, number][] {
  return entity.units.flatMap((unit, u) => unit.answers.map((_, a) => [u, a] as [number, number]));
}

function replaceAnswer(
  entity: EntityAnswers,
  u: number,
  a: number,
  change: (answer: Answer) => Answer,
): EntityAnswers {
  return {
    ...entity,
    units: entity.units.map(
      (unit, i): UnitAnswers =>
        i === u
          ? { ...unit, answers: unit.answers.map((answer, j) => (j === a ? change(answer) : answer)) }
          : unit,
    ),
  };
}

describe('scoring properties', () => {
  it('scores stay within [0, 100] at every node, for every aggregation option', () => {
    fc.assert(
      fc.property(entityArbitrary, variantArbitrary, (entity, methodology) => {
        const result = scoreEntity(entity, methodology);
        const visit = (node: typeof result.tree) => {
          expect(node.score).toBeGreaterThanOrEqual(0);
          expect(node.score).toBeLessThanOrEqual(100);
          node.children.forEach(visit);
        };
        visit(result.tree);
      }),
      { numRuns: 300 },
    );
  });

  it('raising any answer, or adding its evidence, never lowers a unit or entity score', () => {
    fc.assert(
      fc.property(entityArbitrary, variantArbitrary, fc.nat(), (entity, methodology, pick) => {
        const positions = answerPositions(entity);
        fc.pre(positions.length > 0);
        const [u, a] = positions[pick % positions.length] ?? [0, 0];
        const before = scoreEntity(entity, methodology);
        const top = entity.units[u]?.answers[a]?.indicator === 'I3' ? 4 : 3;
        const raised = replaceAnswer(entity, u, a, (answer) => ({
          ...answer,
          level: Math.min(top, answer.level + 1),
          evidence: ['bukti.pdf'],
        }));
        const after = scoreEntity(raised, methodology);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        after.units.forEach((unit, i) => {
          expect(unit.score).toBeGreaterThanOrEqual(before.units[i]?.score ?? 0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives bit-identical results whatever the order of units, respondents and answers', () => {
    fc.assert(
      fc.property(entityArbitrary, variantArbitrary, (entity, methodology) => {
        const reversed = {
          ...entity,
          units: [...entity.units].reverse().map((unit) => ({
            ...unit,
            answers: [...unit.answers].reverse(),
            respondents: [...unit.respondents].reverse(),
          })),
        };
        const a = scoreEntity(entity, methodology);
        const b = scoreEntity(reversed, methodology);
        expect(JSON.stringify(b.tree)).toBe(JSON.stringify(a.tree));
      }),
      { numRuns: 200 },
    );
  });

  it("a plan's projections equal re-scoring the changed answers", () => {
    fc.assert(
      fc.property(entityArbitrary, variantArbitrary, (entity, methodology) => {
        const result = scoreEntity(entity, methodology);
        const plan = planImprovements(result, methodology);
        for (const item of plan.opportunities) {
          const projected = plan.whatIf([
            { unitCode: item.unitCode, indicatorCode: item.indicatorCode, raiseBy: 1 },
          ]);
          expect(projected.score - result.score).toBe(item.gainOneLevel);
        }
        for (const target of [plan.nextCategory, plan.nextZone]) {
          if (target === null) continue;
          expect(plan.whatIf(target.raises).score).toBe(target.projected.score);
          if (target.reachable)
            expect(target.projected.roundedScore).toBeGreaterThanOrEqual(target.targetScore);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('classification and ranking properties', () => {
  const editions = [
    'ombudsman-kepatuhan@2022',
    'ombudsman-kepatuhan@2023',
    'ombudsman-kepatuhan@2024',
    'ombudsman-survei-kepatuhan@2021',
    'ombudsman-opini@2025',
    'kemenpanrb-skm@2017',
  ].map(loadShippedMethodology);

  it('maps every 2-decimal score in [0, 100] to exactly one band of every shipped edition', () => {
    const problems: string[] = [];
    for (const methodology of editions) {
      for (let hundredths = 0; hundredths <= 10_000; hundredths += 1) {
        const score = hundredths / 100;
        const containing = methodology.classification.bands.filter(
          (band) => band.min <= score && score <= band.max,
        );
        if (containing.length !== 1 || classify(score, methodology).category !== containing[0]?.category) {
          problems.push(`${methodology.id}@${methodology.version} ${score}: ${containing.length} bands`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('classifies any real score in [0, 100] without throwing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...editions),
        (score, methodology) => {
          expect(() => classify(score, methodology)).not.toThrow();
        },
      ),
    );
  });

  it('ranking does not depend on input order', () => {
    const entries = fc.uniqueArray(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 6 }),
        score: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
        kind: fc.constantFrom('pemkab', 'pemkot'),
        province: fc.constantFrom('16', '74'),
      }),
      { selector: (entry) => entry.name, maxLength: 40 },
    );
    fc.assert(
      fc.property(entries, fc.infiniteStream(fc.nat()), (list, seeds) => {
        const shuffled = [...list];
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          const j = (seeds.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [
            shuffled[j] as (typeof list)[number],
            shuffled[i] as (typeof list)[number],
          ];
        }
        const options = { groupBy: ['kind', 'province'] as const };
        expect(rank(shuffled, { groupBy: [...options.groupBy] })).toEqual(
          rank(list, { groupBy: [...options.groupBy] }),
        );
      }),
    );
  });
});
