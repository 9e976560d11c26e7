import type { AnswerDto, CollectionUnitParams, SaveAnswerRequest } from '../../contracts/collection.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { findFormQuestion } from '../collection/collection-roles';
import { loadUnitForms } from '../collection/load-unit-forms';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import type { Database, Queryable } from '../db/database';
import {
  type AnswerKey,
  findAnswer,
  insertAnswerIfAbsent,
  listEvidenceOfAnswers,
  updateAnswerAtVersion,
} from '../db/repositories/answers.repository';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findRespondent } from '../db/repositories/respondents.repository';
import { DomainError } from '../errors';
import { toAnswerDto } from '../presenters/collection.presenter';

/**
 * Saves one answer without losing anyone's update: the client names the version it read (0 = none yet) and the
 * single conditional statement (insert-if-absent, or update-where-version) only succeeds if nobody saved in
 * between. Otherwise 409 CONFLICT with the current answer in `details`, so the screen can offer a merge.
 */
export async function saveAnswer(
  db: Database,
  actor: RequestActor,
  target: CollectionUnitParams,
  input: SaveAnswerRequest,
  now: Date,
  context: AuditContext,
): Promise<AnswerDto> {
  return db.transaction(async (tx) => {
    const found = await requireEditableLocusUnit(tx, actor, { ...target, entityCode: target.code }, now);
    const { unit, forms } = await loadUnitForms(tx, found);
    let roleCode: string | null = null;
    if (input.respondentId !== null) {
      const respondent = await findRespondent(tx, found.locusUnit.id, input.respondentId);
      if (!respondent) {
        throw new DomainError('VALIDATION_FAILED', {
          id: `Responden ${input.respondentId} tidak tercatat di ${unit.name}.`,
          en: `Respondent ${input.respondentId} is not recorded at ${unit.name}.`,
        });
      }
      roleCode = respondent.roleCode;
    }
    const question = findFormQuestion(forms, roleCode, input.indicatorCode);
    if (!question) {
      const where =
        roleCode === null
          ? {
              id: 'daftar periksa unit (observasi, dokumen, catatan pengaduan)',
              en: 'unit checklists (observation, document, complaint records)',
            }
          : { id: `wawancara peran ${roleCode}`, en: `the interview of role ${roleCode}` };
      throw new DomainError('VALIDATION_FAILED', {
        id: `Indikator ${input.indicatorCode} tidak ada dalam ${where.id}.`,
        en: `Indicator ${input.indicatorCode} is not part of ${where.en}.`,
      });
    }
    const allowed = question.levels.map((level) => level.value);
    if (input.level !== null && !allowed.includes(input.level)) {
      throw new DomainError('VALIDATION_FAILED', {
        id: `Nilai ${input.level} tidak ada pada skala indikator ${input.indicatorCode}; pilih ${allowed.join(', ')}.`,
        en: `Level ${input.level} is not on the scale of indicator ${input.indicatorCode}; choose ${allowed.join(', ')}.`,
      });
    }
    const key: AnswerKey = {
      locusUnitId: found.locusUnit.id,
      respondentId: input.respondentId,
      indicatorCode: input.indicatorCode,
    };
    const before = await findAnswer(tx, key);
    const values = { level: input.level, note: input.note, updatedByUserId: actor.userId };
    const savedId =
      input.expectedVersion === 0
        ? await insertAnswerIfAbsent(tx, key, values, now)
        : await updateAnswerAtVersion(tx, key, input.expectedVersion, values, now);
    if (!savedId) throw await conflictError(tx, key, input.expectedVersion);
    const saved = await findAnswer(tx, key);
    if (!saved) throw new Error(`answer ${savedId} vanished after saving`);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'answer.save',
      resourceType: 'answer',
      resourceId: saved.id,
      provinceCode: found.entity.provinceCode,
      before:
        before && before.version === input.expectedVersion
          ? { level: before.level, note: before.note, version: before.version }
          : null,
      after: {
        year: target.year,
        entityCode: found.entity.code,
        unit: unit.name,
        respondentId: saved.respondentId,
        indicatorCode: saved.indicatorCode,
        level: saved.level,
        note: saved.note,
        version: saved.version,
      },
    });
    return toAnswerDto(saved, await listEvidenceOfAnswers(tx, [saved.id]));
  });
}

async function conflictError(db: Queryable, key: AnswerKey, expectedVersion: number): Promise<DomainError> {
  const current = await findAnswer(db, key);
  const details = current ? toAnswerDto(current, await listEvidenceOfAnswers(db, [current.id])) : null;
  const who = current?.updatedByName ?? '—';
  return new DomainError(
    'CONFLICT',
    current
      ? {
          id: `Jawaban ${key.indicatorCode} sudah disimpan oleh ${who} (versi ${current.version}; Anda mengubah versi ${expectedVersion}). Pilih nilai mereka atau timpa dengan nilai Anda.`,
          en: `Answer ${key.indicatorCode} was saved by ${who} (version ${current.version}; you edited version ${expectedVersion}). Keep their value or overwrite it with yours.`,
        }
      : {
          id: `Jawaban ${key.indicatorCode} belum ada; simpan sebagai jawaban baru (versi 0).`,
          en: `Answer ${key.indicatorCode} does not exist yet; save it as a new answer (version 0).`,
        },
    details,
  );
}
