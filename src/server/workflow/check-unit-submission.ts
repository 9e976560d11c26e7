import type { SubmissionCheck } from '../../contracts/workflow.contract';
import { completeness } from '../../core/completeness/completeness';
import { indexMethodology } from '../../core/methodology/index-methodology';
import type { Methodology } from '../../core/methodology/methodology.schema';
import { assessorRoleCode, serviceUserRoleCode, toUnitAnswers } from '../collection/to-unit-answers';
import type { CollectedUnitRows } from '../db/repositories/collection-answers.repository';

/**
 * What keeps a locus unit from being submitted, from the core's completeness of its stored data: officials
 * not yet recorded, answers not given, answers that need evidence without any. The service-user survey is
 * counted against its quota but only warns: the quota is the whole entity's (30 per Pemda) and responses
 * arrive on their own from the public link, so a unit is not held back by them.
 */
export function checkUnitSubmission(
  rows: CollectedUnitRows,
  methodology: Methodology,
  entityKind: string,
): SubmissionCheck {
  const index = indexMethodology(methodology);
  const result = completeness(toUnitAnswers(rows), methodology, { entityKind });
  const textOf = (code: string) => index.indicators.get(code)?.indicator.text ?? { id: code, en: code };
  const roleText = (code: string) => index.roles.get(code)?.text ?? { id: code, en: code };
  const names = new Map(rows.respondents.map((row) => [row.id, row.name]));
  const respondentName = (id: string) =>
    names.get(id) ?? roleText(id === 'asesor' ? assessorRoleCode : id).id;
  // Indicators asked only of entity-wide roles (the survey) are covered by the quota warning.
  const isSurveyOnly = (code: string) =>
    index.indicators
      .get(code)
      ?.indicator.respondentRoles.every((role) => index.roles.get(role)?.scope === 'entity') ?? false;
  const isSurveyRespondent = (id: string) => id.startsWith('survey:');

  // The assessor is implicit (recorded by answering): missing assessor answers are listed per indicator.
  const missingRoles = result.respondents
    .filter((role) => role.missing > 0 && role.role !== assessorRoleCode)
    .map((role) => ({
      role: role.role,
      text: roleText(role.role),
      present: role.present,
      required: role.required,
    }));

  const unanswered = new Map<string, string[]>();
  for (const code of result.indicatorsWithoutRespondents) if (!isSurveyOnly(code)) unanswered.set(code, []);
  for (const missing of result.missingAnswers) {
    if (isSurveyRespondent(missing.respondent) || isSurveyOnly(missing.indicator)) continue;
    const list = unanswered.get(missing.indicator) ?? [];
    list.push(respondentName(missing.respondent));
    unanswered.set(missing.indicator, list);
  }
  const order = [...index.indicators.keys()];
  const unansweredIndicators = [...unanswered.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([indicatorCode, respondents]) => ({ indicatorCode, text: textOf(indicatorCode), respondents }));
  const missingEvidence = result.missingEvidence
    .filter((missing) => !isSurveyRespondent(missing.respondent))
    .map((missing) => ({
      indicatorCode: missing.indicator,
      text: textOf(missing.indicator),
      respondent: respondentName(missing.respondent),
    }));

  const target = index.roles.get(serviceUserRoleCode)?.requiredCount ?? 0;
  const responses = rows.surveyResponses.length;
  const surveyQuota = { responses, target, reached: responses >= target };

  // Each blocking problem keeps a key the verifier names when letting it through with a note.
  const gaps: SubmissionCheck['gaps'] = [];
  for (const role of missingRoles) {
    gaps.push({
      key: `role:${role.role}`,
      text: {
        id: `Responden "${role.text.id}" belum dicatat (${role.present} dari ${role.required}).`,
        en: `Respondent "${role.text.en}" not recorded yet (${role.present} of ${role.required}).`,
      },
    });
  }
  for (const item of unansweredIndicators) {
    const who = item.respondents.length > 0 ? ` — ${item.respondents.join(', ')}` : '';
    gaps.push({
      key: `answer:${item.indicatorCode}`,
      text: {
        id: `${item.indicatorCode} ${item.text.id}: belum dijawab${who}.`,
        en: `${item.indicatorCode} ${item.text.en}: not answered${who}.`,
      },
    });
  }
  for (const item of missingEvidence) {
    gaps.push({
      key: `evidence:${item.indicatorCode}:${item.respondent}`,
      text: {
        id: `${item.indicatorCode} ${item.text.id}: jawaban ${item.respondent} belum dilengkapi bukti dukung.`,
        en: `${item.indicatorCode} ${item.text.en}: the answer of ${item.respondent} has no supporting evidence.`,
      },
    });
  }
  const messages: SubmissionCheck['messages'] = gaps.map((gap) => gap.text);
  if (!surveyQuota.reached) {
    messages.push({
      id: `Peringatan: survei pengguna layanan baru ${responses} dari ${target} tanggapan (tidak menghalangi pengajuan).`,
      en: `Warning: the service-user survey has ${responses} of ${target} responses (does not block submission).`,
    });
  }
  return {
    isComplete:
      missingRoles.length === 0 && unansweredIndicators.length === 0 && missingEvidence.length === 0,
    missingRoles,
    unansweredIndicators,
    missingEvidence,
    surveyQuota,
    messages,
    gaps,
  };
}
