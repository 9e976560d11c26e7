import type { CollectionUnitParams, RespondentList } from '../../contracts/collection.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { loadUnitForms } from '../collection/load-unit-forms';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import { respondentListOf } from '../collection/respondent-list-of';
import type { Database } from '../db/database';
import { listAnswersOfUnit } from '../db/repositories/answers.repository';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { deleteRespondent, findRespondent } from '../db/repositories/respondents.repository';
import { notFoundError } from '../errors';
import { toRespondentDto } from '../presenters/collection.presenter';

/**
 * Removes an official (and their answers) while the unit is still editable; the audit entry keeps the removed
 * answers so nothing is lost without a trace.
 */
export async function removeRespondent(
  db: Database,
  actor: RequestActor,
  target: CollectionUnitParams & { respondentId: string },
  now: Date,
  context: AuditContext,
): Promise<RespondentList> {
  return db.transaction(async (tx) => {
    const found = await requireEditableLocusUnit(tx, actor, { ...target, entityCode: target.code }, now);
    const before = await findRespondent(tx, found.locusUnit.id, target.respondentId);
    if (!before) throw notFoundError();
    const { officialRoles } = await loadUnitForms(tx, found);
    const theirAnswers = (await listAnswersOfUnit(tx, found.locusUnit.id))
      .filter((answer) => answer.respondentId === before.id)
      .map(({ indicatorCode, level, note, version }) => ({ indicatorCode, level, note, version }));
    await deleteRespondent(tx, before.id);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'respondent.delete',
      resourceType: 'respondent',
      resourceId: before.id,
      provinceCode: found.entity.provinceCode,
      before: { ...toRespondentDto(before), answers: theirAnswers },
      after: null,
    });
    return respondentListOf(tx, found.locusUnit.id, officialRoles);
  });
}
