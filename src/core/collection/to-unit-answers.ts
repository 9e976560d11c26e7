import type { Answer, Respondent, UnitAnswers } from '../answers/entity-answers';

/**
 * What is recorded at one locus unit, as the scoring core needs it: read from the database by the server, and
 * rebuilt on a phone from the prepared copy plus the outbox (so both score the very same way).
 */
export interface CollectedUnit {
  unitId: string;
  unitName: string;
  unitTypeCode: string;
  productCount: number;
  respondents: { id: string; roleCode: string; name: string }[];
  answers: {
    id: string;
    respondentId: string | null;
    indicatorCode: string;
    level: number | null;
    /** sha256 of each supporting file that counts (not rejected on an integrity flag). */
    evidenceFiles: string[];
  }[];
  surveyResponses: { id: string; levels: Record<string, number> }[];
}

/**
 * The role that records a unit's observation, document and complaint-record answers (answers stored with no
 * respondent). Named in each edition's respondentRoles.
 */
export const assessorRoleCode = 'asesor';
/** The role of the anonymous service users answering the survey. */
export const serviceUserRoleCode = 'pengguna-layanan';

/** Respondent id given to the assessor's unit-level answers inside one unit. */
export const assessorRespondentId = 'asesor';

/**
 * What the scoring core needs from one locus unit's stored rows: the interviewed officials, the assessor
 * (unit-level answers) and each survey response as a service user. Answers without a level yet are left out
 * (they score as the edition's missing-answer policy says).
 */
export function toUnitAnswers(rows: CollectedUnit): UnitAnswers {
  const respondents: Respondent[] = rows.respondents.map((row) => ({
    id: row.id,
    role: row.roleCode,
    name: row.name,
  }));
  const answers: Answer[] = [];
  let assessorAnswered = false;
  for (const row of rows.answers) {
    if (row.level === null) continue;
    const respondent = row.respondentId ?? assessorRespondentId;
    if (row.respondentId === null) assessorAnswered = true;
    answers.push({
      indicator: row.indicatorCode,
      respondent,
      level: row.level,
      ...(row.evidenceFiles.length > 0 ? { evidence: row.evidenceFiles } : {}),
    });
  }
  if (assessorAnswered) respondents.push({ id: assessorRespondentId, role: assessorRoleCode });
  for (const response of rows.surveyResponses) {
    respondents.push({ id: `survey:${response.id}`, role: serviceUserRoleCode });
    for (const [indicator, level] of Object.entries(response.levels)) {
      answers.push({ indicator, respondent: `survey:${response.id}`, level });
    }
  }
  return {
    code: rows.unitId,
    name: rows.unitName,
    type: rows.unitTypeCode,
    ...(rows.productCount > 0 ? { serviceProducts: rows.productCount } : {}),
    respondents,
    answers,
  };
}
