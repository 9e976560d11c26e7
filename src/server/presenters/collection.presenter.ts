import type {
  AnswerDto,
  CollectionFormsDto,
  FormQuestionDto,
  RespondentDto,
} from '../../contracts/collection.contract';
import type { EvidenceItem } from '../../contracts/evidence.contract';
import type { CollectionForms, FormQuestion } from '../../core/collection/build-collection-forms';
import type { RespondentRole } from '../../core/methodology/structure.schema';
import { unitLevelMethods } from '../collection/collection-roles';
import type { AnswerWithAuthor, EvidenceWithFile } from '../db/repositories/answers.repository';
import type { RespondentRow } from '../db/repositories/respondents.repository';
import type { EvidenceIntegrity } from '../evidence/load-evidence-integrity';

export function toRespondentDto(row: RespondentRow): RespondentDto {
  return {
    id: row.id,
    roleCode: row.roleCode,
    name: row.name,
    jobTitle: row.jobTitle,
    employment: row.employment,
    decreeNumber: row.decreeNumber,
    decreeDate: row.decreeDate,
    interviewedOn: row.interviewedOn,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toEvidenceItem(row: EvidenceWithFile): EvidenceItem {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    takenAt: row.takenAt?.toISOString() ?? null,
    latitude: row.latitude,
    longitude: row.longitude,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

/** An answer with its evidence; with `integrity` (the unit's collection) each item carries its flags. */
export function toAnswerDto(
  row: AnswerWithAuthor,
  evidence: readonly EvidenceWithFile[],
  integrity?: ReadonlyMap<string, EvidenceIntegrity>,
): AnswerDto {
  return {
    id: row.id,
    respondentId: row.respondentId,
    indicatorCode: row.indicatorCode,
    level: row.level,
    note: row.note,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedByName,
    evidence: evidence
      .filter((item) => item.answerId === row.id)
      .map((item) => ({ ...toEvidenceItem(item), ...integrity?.get(item.id) })),
  };
}

function toQuestionDto(question: FormQuestion): FormQuestionDto {
  return {
    indicatorCode: question.indicatorCode,
    text: question.text,
    dimensionCode: question.dimensionCode,
    dimensionText: question.dimensionText,
    method: question.method,
    levels: question.levels.map((level) => ({ value: level.value, label: level.label })),
    evidenceRule: question.evidenceRule,
    needsEvidence: question.needsEvidence,
  };
}

/**
 * The forms the field team fills here: an interview per official role and a checklist per unit-level method.
 * Survey questions are left out (the public survey answers them).
 */
export function toCollectionFormsDto(
  forms: CollectionForms,
  officialRoles: readonly RespondentRole[],
): CollectionFormsDto {
  const officialCodes = new Set(officialRoles.map((role) => role.code));
  return {
    interviews: forms.byRole
      .filter((form) => officialCodes.has(form.role.code))
      .map((form) => ({
        roleCode: form.role.code,
        roleText: form.role.text,
        questions: form.questions.map(toQuestionDto),
      })),
    checklists: unitLevelMethods
      .map((method) => ({ method, questions: forms.byMethod[method].map(toQuestionDto) }))
      .filter((checklist) => checklist.questions.length > 0),
  };
}
