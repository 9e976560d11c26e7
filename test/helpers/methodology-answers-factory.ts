import type { Answer, Indicator, Methodology, Respondent, UnitAnswers } from '../../src/core';

/**
 * A unit of a shipped edition with every required respondent present and every indicator answered:
 * `level` chooses each answer. Entity-scoped respondents (service users) number `entityRespondents`.
 */
export function buildFullUnit(
  methodology: Methodology,
  options: {
    code: string;
    type: string;
    level: (indicator: Indicator, respondent: Respondent) => number;
    entityRespondents?: number;
    serviceProducts?: number;
    withEvidence?: boolean;
  },
): UnitAnswers {
  const respondents: Respondent[] = [];
  for (const role of methodology.respondentRoles) {
    const count = role.scope === 'unit' ? role.requiredCount : (options.entityRespondents ?? 5);
    for (let i = 1; i <= count; i += 1) respondents.push({ id: `${role.code}-${i}`, role: role.code });
  }
  const answers: Answer[] = [];
  for (const dimension of methodology.dimensions) {
    for (const indicator of dimension.indicators) {
      for (const respondent of respondents) {
        if (!indicator.respondentRoles.includes(respondent.role)) continue;
        const answer: Answer = {
          indicator: indicator.code,
          respondent: respondent.id,
          level: options.level(indicator, respondent),
        };
        answers.push(options.withEvidence === false ? answer : { ...answer, evidence: ['bukti.pdf'] });
      }
    }
  }
  return {
    code: options.code,
    name: `Unit ${options.code}`,
    type: options.type,
    ...(options.serviceProducts === undefined ? {} : { serviceProducts: options.serviceProducts }),
    respondents,
    answers,
  };
}

export function topLevel(methodology: Methodology, indicator: Indicator): number {
  const scale = methodology.scales.find((candidate) => candidate.code === indicator.scale);
  return scale?.levels[scale.levels.length - 1]?.value ?? 0;
}
