import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import type { Answer, Respondent, UnitAnswers } from '../../core';
import type { StoredExplanation } from '../db/schema/results';

/**
 * How a computed unit row keeps its scored answers since national-scale finalising (issue #19): the core's
 * UnitAnswers in a compact JSON form (respondents and indicators listed once, answers as tuples), deflated and
 * base64-encoded in `explanation.answers`. The explanation tree is not stored: it is rebuilt on read with the
 * pure core from these answers (src/server/results/unit-explanation-trees.ts). Rows finalised before keep
 * `{ tree, input }` and are read as they are.
 */
export const storedAnswersFormat = 'unit-answers-deflate@1';

/** Deflate level: ~3 KB per unit; higher levels cost more time than they save bytes on these rows. */
const deflateLevel = 4;

const respondentTuple = z.union([
  z.tuple([z.string(), z.string()]),
  z.tuple([z.string(), z.string(), z.string()]),
]);
const answerTuple = z.union([
  z.tuple([z.number().int(), z.number().int(), z.number()]),
  z.tuple([z.number().int(), z.number().int(), z.number(), z.array(z.string())]),
]);
const compactUnitAnswersSchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  serviceProducts: z.number().optional(),
  respondents: z.array(respondentTuple),
  indicators: z.array(z.string()),
  answers: z.array(answerTuple),
});

/** The form rows finalised before issue #19 keep in `explanation.input`. */
const legacyUnitAnswersSchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  serviceProducts: z.number().optional(),
  respondents: z.array(z.object({ id: z.string(), role: z.string(), name: z.string().optional() })),
  answers: z.array(
    z.object({
      indicator: z.string(),
      respondent: z.string(),
      level: z.number(),
      evidence: z.array(z.string()).optional(),
    }),
  ),
});

/** The unit's scored answers as a unit row stores them. */
export function encodeUnitAnswers(unit: UnitAnswers): StoredExplanation {
  const respondentIndex = new Map(unit.respondents.map((respondent, index) => [respondent.id, index]));
  const indicators: string[] = [];
  const indicatorIndex = new Map<string, number>();
  const answers = unit.answers.map((answer) => {
    let indicator = indicatorIndex.get(answer.indicator);
    if (indicator === undefined) {
      indicator = indicators.push(answer.indicator) - 1;
      indicatorIndex.set(answer.indicator, indicator);
    }
    const respondent = respondentIndex.get(answer.respondent);
    if (respondent === undefined) throw new Error(`answer of unknown respondent ${answer.respondent}`);
    return answer.evidence === undefined
      ? [indicator, respondent, answer.level]
      : [indicator, respondent, answer.level, [...answer.evidence]];
  });
  const compact = {
    code: unit.code,
    name: unit.name,
    type: unit.type,
    ...(unit.serviceProducts === undefined ? {} : { serviceProducts: unit.serviceProducts }),
    respondents: unit.respondents.map((respondent) =>
      respondent.name === undefined
        ? [respondent.id, respondent.role]
        : [respondent.id, respondent.role, respondent.name],
    ),
    indicators,
    answers,
  };
  const packed = deflateRawSync(JSON.stringify(compact), { level: deflateLevel }).toString('base64');
  return { format: storedAnswersFormat, answers: packed };
}

/** The scored answers a unit row keeps, in either stored form; undefined when it keeps none or they are unreadable. */
export function decodeStoredUnitAnswers(explanation: StoredExplanation | null): UnitAnswers | undefined {
  if (!explanation) return undefined;
  if (explanation.format === storedAnswersFormat && typeof explanation.answers === 'string')
    return decodeCompact(explanation.answers);
  const legacy = legacyUnitAnswersSchema.safeParse(explanation.input);
  if (!legacy.success) return undefined;
  const { serviceProducts, ...rest } = legacy.data;
  return {
    ...rest,
    respondents: rest.respondents.map(({ name, ...respondent }) =>
      name === undefined ? respondent : { ...respondent, name },
    ),
    answers: rest.answers.map(({ evidence, ...answer }) =>
      evidence === undefined ? answer : { ...answer, evidence },
    ),
    ...(serviceProducts === undefined ? {} : { serviceProducts }),
  };
}

function decodeCompact(packed: string): UnitAnswers | undefined {
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(inflateRawSync(Buffer.from(packed, 'base64')).toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = compactUnitAnswersSchema.safeParse(parsedJson);
  if (!parsed.success) return undefined;
  const compact = parsed.data;
  const respondents: Respondent[] = compact.respondents.map(([id, role, name]) =>
    name === undefined ? { id, role } : { id, role, name },
  );
  const answers: Answer[] = [];
  for (const [indicatorAt, respondentAt, level, evidence] of compact.answers) {
    const indicator = compact.indicators[indicatorAt];
    const respondent = respondents[respondentAt];
    if (indicator === undefined || respondent === undefined) return undefined;
    answers.push(
      evidence === undefined
        ? { indicator, respondent: respondent.id, level }
        : { indicator, respondent: respondent.id, level, evidence },
    );
  }
  return {
    code: compact.code,
    name: compact.name,
    type: compact.type,
    ...(compact.serviceProducts === undefined ? {} : { serviceProducts: compact.serviceProducts }),
    respondents,
    answers,
  };
}
