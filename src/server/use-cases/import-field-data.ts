import type { CollectionUnitParams } from '../../contracts/collection.contract';
import {
  type FieldImportProblem,
  type FieldImportResult,
  type FieldImportSheet,
  fieldImportSheets,
} from '../../contracts/field-import.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { loadUnitForms } from '../collection/load-unit-forms';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Database, Transaction } from '../db/database';
import {
  findAnswer,
  insertAnswerIfAbsent,
  updateAnswerAtVersion,
} from '../db/repositories/answers.repository';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { insertComplaint, listComplaints } from '../db/repositories/complaints.repository';
import { insertRespondent, listRespondents, lockLocusUnit } from '../db/repositories/respondents.repository';
import { insertSurveyResponse } from '../db/repositories/survey.repository';
import { findSurveyProofSetting, noProofExclusionNote } from '../db/repositories/survey-proof.repository';
import { DomainError } from '../errors';
import { validateFieldAnswers } from '../field-import/validate-field-answers';
import { validateFieldComplaints } from '../field-import/validate-field-complaints';
import { validateFieldOfficials } from '../field-import/validate-field-officials';
import { validateFieldSurvey } from '../field-import/validate-field-survey';
import { importInvalidError } from '../imports/import-invalid-error';
import { readTableFile, type TableFile } from '../imports/read-table-file';
import { defaultTableFileLimits, type TableFileLimits } from '../imports/table-file-limits';
import { surveyFormOf } from '../survey/survey-questions';

/** A unit's workbook: a few hundred rows at most in practice; the route refuses larger bodies (413). */
export const maxFieldImportBytes = 5 * 1024 * 1024;
const fieldImportLimits: TableFileLimits = { ...defaultTableFileLimits, maxRows: 5_000 };

/**
 * Imports the field data of one locus unit collected on paper or in another tool: its officials, answers,
 * complaint records and survey forms, from the unit's XLSX workbook. Every row of every sheet is checked
 * against the cycle's frozen edition with the online form's rules first; any problem writes nothing (422
 * IMPORT_INVALID naming sheet, row and column). Otherwise everything is written in one transaction, under the
 * unit's row lock, with one audit entry. Officials (role + name), complaints (register number) and survey
 * forms (form number) already stored are kept as they are, and answers are saved over, so importing the same
 * workbook again changes nothing.
 */
export async function importFieldData(
  db: Database,
  actor: RequestActor,
  target: CollectionUnitParams,
  bytes: Buffer,
  now: Date,
  context: AuditContext,
): Promise<FieldImportResult> {
  const where = { year: target.year, entityCode: target.code, unitId: target.unitId };
  // Refuse out of scope or a closed unit before spending a worker on the file.
  await requireEditableLocusUnit(db, actor, where, now);
  // Each sheet in a worker of its own; the shared queue keeps at most two reading at once.
  const [officialsSheet, answersSheet, complaintsSheet, surveySheet] = await Promise.all([
    readSheet(bytes, fieldImportSheets.officials),
    readSheet(bytes, fieldImportSheets.answers),
    readSheet(bytes, fieldImportSheets.complaints),
    readSheet(bytes, fieldImportSheets.survey),
  ]);
  const sheets = {
    officials: officialsSheet,
    answers: answersSheet,
    complaints: complaintsSheet,
    survey: surveySheet,
  };
  return db.transaction(async (tx) => {
    const found = await requireEditableLocusUnit(tx, actor, where, now);
    const locusUnitId = found.locusUnit.id;
    await lockLocusUnit(tx, locusUnitId);
    const { unit, forms, officialRoles } = await loadUnitForms(tx, found);
    const edition = await editionOfCycle(found.cycle);
    const surveyForm = surveyFormOf(edition, { entityKind: found.entity.kind, unitType: unit.unitTypeCode });
    const storedReferences = new Set(
      (await listComplaints(tx, locusUnitId)).map((row) => row.reference.toLowerCase()).filter(Boolean),
    );
    const officials = validateFieldOfficials(
      sheets.officials,
      officialRoles,
      await listRespondents(tx, locusUnitId),
    );
    const answers = validateFieldAnswers(sheets.answers, forms, officials.directory);
    const complaints = validateFieldComplaints(sheets.complaints, storedReferences, now);
    const survey = validateFieldSurvey(sheets.survey, surveyForm.questions, locusUnitId);
    const problems = [officials, answers, complaints, survey].flatMap((check) => check.problems.list);
    if (problems.length > 0)
      throw importInvalidError(problems, {
        id: `Berkas memuat ${problems.length} masalah; tidak ada data yang disimpan. Perbaiki baris yang disebut lalu unggah lagi.`,
        en: `The file has ${problems.length} problem(s); nothing was saved. Fix the rows named and upload it again.`,
      });

    const officialIds = new Map<string, string>();
    for (const [roleCode, byName] of officials.directory)
      for (const [nameKey, official] of byName)
        if (official.id !== null) officialIds.set(`${roleCode}|${nameKey}`, official.id);
    for (const official of officials.toAdd) {
      const row = await insertRespondent(tx, {
        locusUnitId,
        roleCode: official.role.code,
        ...official.fields,
        createdByUserId: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      officialIds.set(`${official.role.code}|${official.fields.name.toLowerCase()}`, row.id);
    }
    for (const answer of answers.toSave) {
      const respondentId = answer.official
        ? (officialIds.get(`${answer.official.roleCode}|${answer.official.nameKey}`) ?? null)
        : null;
      const key = { locusUnitId, respondentId, indicatorCode: answer.indicatorCode };
      const values = { level: answer.level, note: answer.note, updatedByUserId: actor.userId };
      const current = await findAnswer(tx, key);
      const saved = current
        ? await updateAnswerAtVersion(tx, key, current.version, values, now)
        : await insertAnswerIfAbsent(tx, key, values, now);
      // The unit's row lock is held, but an online save takes no such lock: refuse rather than overwrite it.
      if (!saved) throw concurrentSave(answer.indicatorCode);
    }
    for (const complaint of complaints.toAdd)
      await insertComplaint(tx, { ...complaint, locusUnitId, createdByUserId: actor.userId });
    const proof = await findSurveyProofSetting(tx, found.cycle.id);
    const excluded = proof.proofRequired && proof.noProofRule === 'exclude';
    let surveyResponsesAdded = 0;
    let surveyAlreadyPresent = 0;
    for (const response of survey.toAdd) {
      const stored = await insertSurveyResponse(tx, {
        locusUnitId,
        deviceTokenSha256: response.deviceTokenSha256,
        clientHash: null,
        levels: response.levels,
        submittedAt: now,
        excludedAt: excluded ? now : null,
        exclusionNote: excluded ? noProofExclusionNote : null,
      });
      if (stored) surveyResponsesAdded += 1;
      else surveyAlreadyPresent += 1;
    }
    const result: FieldImportResult = {
      officialsAdded: officials.toAdd.length,
      answersSaved: answers.toSave.length,
      complaintsAdded: complaints.toAdd.length,
      surveyResponsesAdded,
      rowsAlreadyPresent: officials.alreadyPresent + complaints.alreadyPresent + surveyAlreadyPresent,
    };
    await auditImport(tx, context, found, unit.name, target.year, result);
    return result;
  });
}

async function readSheet(bytes: Buffer, sheet: FieldImportSheet): Promise<TableFile> {
  try {
    return await readTableFile(bytes, 'xlsx', fieldImportLimits, sheet);
  } catch (error) {
    // A sheet that cannot be read is named like any other problem, with its sheet.
    if (error instanceof DomainError && error.code === 'IMPORT_INVALID' && Array.isArray(error.details)) {
      const problems = (error.details as Omit<FieldImportProblem, 'sheet'>[]).map((problem) => ({
        ...problem,
        sheet,
      }));
      throw importInvalidError(problems, error.bilingualMessage);
    }
    throw error;
  }
}

async function auditImport(
  tx: Transaction,
  context: AuditContext,
  found: Awaited<ReturnType<typeof requireEditableLocusUnit>>,
  unitName: string,
  year: number,
  result: FieldImportResult,
): Promise<void> {
  await appendAuditEntry(tx, {
    ...auditFieldsOf(context),
    action: 'field-data.import',
    resourceType: 'locus_unit',
    resourceId: found.locusUnit.id,
    provinceCode: found.entity.provinceCode,
    before: null,
    after: { year, entityCode: found.entity.code, unit: unitName, ...result },
  });
}

function concurrentSave(indicatorCode: string): DomainError {
  return new DomainError('CONFLICT', {
    id: `Jawaban ${indicatorCode} baru saja disimpan orang lain saat impor berjalan; tidak ada yang disimpan. Unggah lagi.`,
    en: `Answer ${indicatorCode} was saved by someone else during the import; nothing was saved. Upload again.`,
  });
}
