import type { UnitAnswers, UnitContext } from '../answers/entity-answers';
import { indexMethodology, isApplicable } from '../methodology/index-methodology';
import type { LocalizedText } from '../methodology/localized-text.schema';
import type { Methodology } from '../methodology/methodology.schema';

export interface RoleCompleteness {
  role: string;
  scope: 'unit' | 'entity';
  required: number;
  present: number;
  missing: number;
}

export interface MissingAnswer {
  indicator: string;
  respondent: string;
}

export interface UnitCompleteness {
  unitCode: string;
  isComplete: boolean;
  /** Unit-scoped roles (e.g. the 4 officials); entity quotas are in `entityCompleteness`. */
  respondents: RoleCompleteness[];
  missingAnswers: MissingAnswer[];
  /** Applicable indicators that nobody present can answer (no respondent of the asked roles yet). */
  indicatorsWithoutRespondents: string[];
  missingEvidence: MissingAnswer[];
  answered: number;
  /** Answers expected once every required respondent is present. */
  expected: number;
  messages: LocalizedText[];
}

/** What is still missing at a unit before its score is final: respondents, answers, evidence. */
export function completeness(
  unit: UnitAnswers,
  methodology: Methodology,
  context: UnitContext,
): UnitCompleteness {
  const index = indexMethodology(methodology);
  const presentByRole = new Map<string, string[]>();
  for (const respondent of unit.respondents) {
    presentByRole.set(respondent.role, [...(presentByRole.get(respondent.role) ?? []), respondent.id]);
  }
  const respondents: RoleCompleteness[] = methodology.respondentRoles
    .filter((role) => role.scope === 'unit' && isApplicable(role.appliesTo, context.entityKind, unit.type))
    .map((role) => {
      const present = presentByRole.get(role.code)?.length ?? 0;
      return {
        role: role.code,
        scope: role.scope,
        required: role.requiredCount,
        present,
        missing: Math.max(0, role.requiredCount - present),
      };
    });
  const answerKeys = new Set(unit.answers.map((answer) => `${answer.indicator}\u0000${answer.respondent}`));
  const evidenceKeys = new Set(
    unit.answers
      .filter((answer) => (answer.evidence?.length ?? 0) > 0)
      .map((answer) => `${answer.indicator}\u0000${answer.respondent}`),
  );
  const missingAnswers: MissingAnswer[] = [];
  const missingEvidence: MissingAnswer[] = [];
  const indicatorsWithoutRespondents: string[] = [];
  let answered = 0;
  let expected = 0;
  for (const { indicator } of index.indicators.values()) {
    if (!isApplicable(indicator.appliesTo, context.entityKind, unit.type)) continue;
    let askable = 0;
    for (const roleCode of indicator.respondentRoles) {
      const present = [...(presentByRole.get(roleCode) ?? [])].sort();
      const role = index.roles.get(roleCode);
      const required = role?.scope === 'unit' ? role.requiredCount : 0;
      expected += Math.max(required, present.length);
      askable += present.length;
      for (const respondent of present) {
        const key = `${indicator.code}\u0000${respondent}`;
        if (!answerKeys.has(key)) {
          missingAnswers.push({ indicator: indicator.code, respondent });
          continue;
        }
        answered += 1;
        if (indicator.evidence.rule !== 'not-required' && !evidenceKeys.has(key)) {
          missingEvidence.push({ indicator: indicator.code, respondent });
        }
      }
    }
    if (askable === 0) indicatorsWithoutRespondents.push(indicator.code);
  }
  const missingRespondents = respondents.reduce((sum, role) => sum + role.missing, 0);
  const messages: LocalizedText[] = [];
  for (const role of respondents) {
    if (role.missing > 0) {
      messages.push({
        id: `kurang ${role.missing} responden "${role.role}" (${role.present} dari ${role.required})`,
        en: `${role.missing} "${role.role}" respondents missing (${role.present} of ${role.required})`,
      });
    }
  }
  if (missingAnswers.length > 0) {
    messages.push({
      id: `${missingAnswers.length} jawaban belum diisi`,
      en: `${missingAnswers.length} answers missing`,
    });
  }
  if (indicatorsWithoutRespondents.length > 0) {
    messages.push({
      id: `${indicatorsWithoutRespondents.length} indikator belum punya responden`,
      en: `${indicatorsWithoutRespondents.length} indicators have no respondent yet`,
    });
  }
  if (missingEvidence.length > 0) {
    messages.push({
      id: `${missingEvidence.length} jawaban belum dilengkapi bukti dukung`,
      en: `${missingEvidence.length} answers lack supporting evidence`,
    });
  }
  return {
    unitCode: unit.code,
    isComplete: messages.length === 0 && missingRespondents === 0,
    respondents,
    missingAnswers,
    indicatorsWithoutRespondents,
    missingEvidence,
    answered,
    expected,
    messages,
  };
}
