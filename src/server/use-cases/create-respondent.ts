import type {
  CollectionUnitParams,
  CreateRespondentRequest,
  RespondentSaved,
} from '../../contracts/collection.contract';
import { roleFullProblem } from '../../contracts/respondent-rules.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { loadUnitForms } from '../collection/load-unit-forms';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import { respondentListOf } from '../collection/respondent-list-of';
import { requireOfficialRole, validateRespondentFields } from '../collection/validate-respondent';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { insertRespondent, listRespondents, lockLocusUnit } from '../db/repositories/respondents.repository';
import { DomainError } from '../errors';
import { toRespondentDto } from '../presenters/collection.presenter';

/**
 * Records an official interviewed at a locus unit. A role already filled to the edition's required count (a
 * second head of agency) is refused; the answer lists the roles still missing.
 */
export async function createRespondent(
  db: Database,
  actor: RequestActor,
  target: CollectionUnitParams,
  input: CreateRespondentRequest,
  now: Date,
  context: AuditContext,
): Promise<RespondentSaved> {
  return db.transaction(async (tx) => {
    const found = await requireEditableLocusUnit(tx, actor, { ...target, entityCode: target.code }, now);
    const { unit, officialRoles } = await loadUnitForms(tx, found);
    const role = requireOfficialRole(officialRoles, input.roleCode);
    const fields = validateRespondentFields(role, input);
    await lockLocusUnit(tx, found.locusUnit.id);
    const sameRole = (await listRespondents(tx, found.locusUnit.id)).filter(
      (respondent) => respondent.roleCode === role.code,
    );
    if (sameRole.length >= role.requiredCount) {
      throw new DomainError(
        'CONFLICT',
        roleFullProblem(
          unit.name,
          role,
          sameRole.map((respondent) => respondent.name),
        ),
      );
    }
    const row = await insertRespondent(tx, {
      locusUnitId: found.locusUnit.id,
      roleCode: role.code,
      ...fields,
      createdByUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const respondent = toRespondentDto(row);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'respondent.create',
      resourceType: 'respondent',
      resourceId: row.id,
      provinceCode: found.entity.provinceCode,
      before: null,
      after: { ...respondent, unit: unit.name, entityCode: found.entity.code, year: target.year },
    });
    return { respondent, ...(await respondentListOf(tx, found.locusUnit.id, officialRoles)) };
  });
}
