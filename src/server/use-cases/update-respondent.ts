import type {
  CollectionUnitParams,
  RespondentSaved,
  UpdateRespondentRequest,
} from '../../contracts/collection.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { loadUnitForms } from '../collection/load-unit-forms';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import { respondentListOf } from '../collection/respondent-list-of';
import { requireOfficialRole, validateRespondentFields } from '../collection/validate-respondent';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findRespondent, updateRespondentAtVersion } from '../db/repositories/respondents.repository';
import { DomainError, notFoundError } from '../errors';
import { toRespondentDto } from '../presenters/collection.presenter';

/** Changes an official's details; naming an older version than the stored one is refused (409, current data). */
export async function updateRespondent(
  db: Database,
  actor: RequestActor,
  target: CollectionUnitParams & { respondentId: string },
  input: UpdateRespondentRequest,
  now: Date,
  context: AuditContext,
): Promise<RespondentSaved> {
  return db.transaction(async (tx) => {
    const found = await requireEditableLocusUnit(tx, actor, { ...target, entityCode: target.code }, now);
    const before = await findRespondent(tx, found.locusUnit.id, target.respondentId);
    if (!before) throw notFoundError();
    const { officialRoles } = await loadUnitForms(tx, found);
    const role = requireOfficialRole(officialRoles, before.roleCode);
    const { expectedVersion, ...changes } = input;
    const row = await updateRespondentAtVersion(
      tx,
      before.id,
      expectedVersion,
      validateRespondentFields(role, changes),
      now,
    );
    if (!row) {
      throw new DomainError(
        'CONFLICT',
        {
          id: `Data responden ${before.name} sudah diubah orang lain (versi ${before.version}, Anda mengubah versi ${expectedVersion}). Muat ulang lalu ulangi perubahan Anda.`,
          en: `Respondent ${before.name} was changed by someone else (version ${before.version}, you edited version ${expectedVersion}). Reload and redo your change.`,
        },
        toRespondentDto(before),
      );
    }
    const respondent = toRespondentDto(row);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'respondent.update',
      resourceType: 'respondent',
      resourceId: row.id,
      provinceCode: found.entity.provinceCode,
      before: toRespondentDto(before),
      after: respondent,
    });
    return { respondent, ...(await respondentListOf(tx, found.locusUnit.id, officialRoles)) };
  });
}
